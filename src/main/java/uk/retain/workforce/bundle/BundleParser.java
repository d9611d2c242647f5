package uk.retain.workforce.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.Case;
import uk.retain.workforce.CensusCode;
import uk.retain.workforce.GenderCurrent;
import uk.retain.workforce.LeaverDestination;
import uk.retain.workforce.ReasonLeave;
import uk.retain.workforce.StartOrigin;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Turns a bundle's files into a {@link Register}, checking every rule of the bundle format. It reads on after
 * a problem so that one run reports them all; any problem means no register at all.
 */
public final class BundleParser {

    private static final Pattern LA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern REGION_CODE = Pattern.compile("E12[0-9]{6}");
    /** The census (CBDS) ethnicity codes, as the 2022 census schema lists them. */
    static final Set<String> ETHNICITY_CODES = Set.of("WBRI", "WIRI", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
            "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Set<Integer> GENDER_CODES = CensusCode.codesOf(GenderCurrent.class);
    private static final Set<Integer> START_ORIGINS = CensusCode.codesOf(StartOrigin.class);
    private static final Set<Integer> REASONS_LEAVE = CensusCode.codesOf(ReasonLeave.class);
    private static final Set<Integer> LEAVER_DESTINATIONS = CensusCode.codesOf(LeaverDestination.class);

    private final Problems problems;
    private final int problemsPerColumn;
    /**
     * Every identifier a row declares, even in a row with other problems, so one bad cell does not cascade; only
     * a file that is read (see {@link CsvTable#read}) declares any.
     */
    private Declared teamIds = new Declared("team_id");
    private Declared workerIds = new Declared("worker_id");
    private Declared postIds = new Declared("post_id");
    private Declared caseIds = new Declared("case_id");
    private Declared childIds = new Declared("child_id");

    /** The files' typed rows: empty (or no authority) until their file is read cleanly enough to type. */
    private Authority authority;
    private List<Lined<Team>> teams = List.of();
    private List<Lined<Worker>> workers = List.of();
    private List<Lined<Post>> posts = List.of();
    private List<Lined<Employment>> employments = List.of();
    private List<Lined<Absence>> absences = List.of();
    private List<Lined<Case>> cases = List.of();
    private List<Lined<Allocation>> allocations = List.of();
    private List<Lined<Supervision>> supervisions = List.of();

    /** Required files that are missing, and files that could not be read. */
    private final Set<BundleFile> unreadable = EnumSet.noneOf(BundleFile.class);

    /** The capability modules' files, by name: their rows typed cleanly, and the identifiers they declare. */
    private final Map<String, List<?>> capabilityRows = new java.util.LinkedHashMap<>();
    private final Map<String, Declared> capabilityIds = new HashMap<>();
    private final Set<String> capabilityUnreadable = new java.util.HashSet<>();
    /** The register's own files the bundle holds. */
    private final Set<BundleFile> presentFiles = EnumSet.noneOf(BundleFile.class);

    private BundleParser(int problemsPerColumn) {
        this.problemsPerColumn = problemsPerColumn;
        this.problems = new Problems(problemsPerColumn);
    }

    private BundleParser() {
        this(uk.retain.workforce.BundleLimits.DEFAULT.problemsPerColumn());
    }

    public static Register parse(BundleSource source) throws InvalidBundleException {
        return new BundleParser().read(source, Function.identity());
    }

    /** The same, listing at most {@code problemsPerColumn} problems of each file and column. */
    public static Register parse(BundleSource source, int problemsPerColumn) throws InvalidBundleException {
        return new BundleParser(problemsPerColumn).read(source, Function.identity());
    }

    /**
     * What {@code use} makes of the bundle's register, when the bundle is valid. {@code use} starts on another
     * thread as soon as every file is typed cleanly, while the rules across files are checked, and its result is
     * thrown away if they find a problem: on a large bundle the two together take little longer than the rules.
     * {@code use} must only read the register, and may meet a register that breaks the rules.
     */
    public static <T> T parse(BundleSource source, Function<Register, T> use) throws InvalidBundleException {
        return new BundleParser().read(source, use);
    }

    private <T> T read(BundleSource source, Function<Register, T> use) throws InvalidBundleException {
        for (String name : source.fileNames()) {
            if (BundleFile.named(name).isEmpty() && BundleFileTypes.named(name).isEmpty()) {
                problems.add(name, 1, "-", "not a file of the bundle format" + likelyMeant(name));
            }
        }
        // In the format's order, so that each file's references find the identifiers of the files before it.
        for (BundleFile file : BundleFile.values()) {
            byte[] bytes = source.take(file.fileName());
            if (bytes != null) {
                readFile(file, bytes);
            }
        }
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            byte[] bytes = source.take(type.fileName());
            if (bytes != null) {
                readCapabilityFile(type, bytes);
            }
        }
        Set<BundleFile> present = presentFiles;
        for (BundleFile file : BundleFile.values()) {
            if (source.fileNames().contains(file.fileName())) {
                present.add(file);
            } else if (file.required()) {
                problems.add(file.fileName(), 1, "-", "required file is missing" + source.missingFileHint(file.fileName()));
            }
        }

        for (BundleFile file : BundleFile.values()) {
            if (file.required() && !present.contains(file)) {
                unreadable.add(file);
            }
        }
        DeclaredIds declared = new DeclaredIds(teamIds.ids(), workerIds.ids(), postIds.ids(), caseIds.ids(), unreadable);
        if (!problems.isEmpty()) {
            // The rules across files still run, so that one report holds every problem.
            new RegisterRules(problems, present, declared, workers, posts, employments, absences, cases, allocations,
                    supervisions).check();
            checkCapabilityFiles(declared);
            throw new InvalidBundleException(problems.all());
        }
        Map<String, List<?>> capabilityFiles = new java.util.LinkedHashMap<>();
        capabilityRows.forEach((name, rows) -> capabilityFiles.put(name, Lined.values(rows.stream().map(row -> (Lined<?>) row).toList())));
        Register register = new Register(authority, Lined.values(teams), Lined.values(workers),
                Lined.values(employments), Lined.values(posts), Lined.values(absences), Lined.values(cases),
                Lined.values(allocations), Lined.values(supervisions), present, capabilityFiles);
        FutureTask<T> used = new FutureTask<>(() -> use.apply(register));
        Thread.ofPlatform().name("bundle-use").daemon(true).start(used);
        new RegisterRules(problems, present, declared, workers, posts, employments, absences, cases, allocations,
                supervisions).check();
        checkCapabilityFiles(declared);

        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems.all());
        }
        return result(used);
    }

    private static <T> T result(FutureTask<T> used) {
        try {
            return used.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a bundle", e);
        }
    }

    private static String likelyMeant(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (BundleFile file : BundleFile.values()) {
            names.add(file.fileName());
        }
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            names.add(type.fileName());
        }
        for (String known : names) {
            if (known.equals(lower) || known.equals(lower.replace('-', '_'))
                    || known.equals(lower.replace(".csv", "s.csv"))) {
                return " (did you mean " + known + "?)";
            }
        }
        return "; its data would be lost (expected only: " + String.join(", ", names) + ")";
    }

    /**
     * Reads one file, typing each row as soon as it is parsed so that its text can go at once. The file's rows,
     * identifiers and problems count only if the whole file reads (valid CSV, a good header): otherwise it is as
     * if it had no rows, and it reports only why it could not be read.
     */
    private void readFile(BundleFile file, byte[] bytes) {
        Problems found = new Problems(problemsPerColumn);
        switch (file) {
            case AUTHORITY -> authority = readAuthority(bytes, found);
            case TEAMS -> teams = readRows(file, bytes, found, new Teams(), teamIds);
            case WORKERS -> workers = readRows(file, bytes, found, new Workers(), workerIds);
            case POSTS -> posts = readRows(file, bytes, found, new Posts(), postIds);
            case EMPLOYMENTS -> employments = readRows(file, bytes, found, new Employments());
            case ABSENCES -> absences = readRows(file, bytes, found, new Absences());
            case CASES -> cases = readRows(file, bytes, found, new Cases(), caseIds, childIds);
            case ALLOCATIONS -> allocations = readRows(file, bytes, found, new Allocations());
            case SUPERVISIONS -> supervisions = readRows(file, bytes, found, new Supervisions());
        }
        problems.addAll(found);
    }

    /**
     * The rows that read cleanly, or none when the file could not be read. Room is made first, for the rows and for
     * the identifiers the file declares.
     */
    private <T> List<Lined<T>> readRows(BundleFile file, byte[] bytes, Problems found, Typing<T> typing,
            Declared... declares) {
        int rows = CsvTable.rowsAtMost(bytes);
        for (Declared ids : declares) {
            ids.expect(rows);
        }
        typing.expect(rows);
        if (CsvTable.read(file, bytes, found, typing)) {
            return typing.rows;
        }
        forgetIdentifiers(file);
        return List.of();
    }

    /**
     * Types the rows of one file, each file in its own subclass; only rows that read cleanly take part in the rules
     * across rows, so one bad cell is reported once. A subclass per file rather than a lambda calling a typing
     * method: the JIT compiler would compile that method twice, alone and again inside the lambda.
     */
    private abstract static class Typing<T> implements Consumer<Row> {
        private List<Lined<T>> rows = List.of();

        abstract T type(Row row);

        void expect(int rows) {
            this.rows = new ArrayList<>(rows);
        }

        @Override
        public final void accept(Row row) {
            T value = type(row);
            if (row.valid()) {
                rows.add(new Lined<>(row.line(), value));
            }
        }
    }

    /** A file that could not be read declares no identifiers, even those of the rows parsed before it failed. */
    private void forgetIdentifiers(BundleFile file) {
        unreadable.add(file);
        switch (file) {
            case TEAMS -> teamIds = new Declared("team_id");
            case WORKERS -> workerIds = new Declared("worker_id");
            case POSTS -> postIds = new Declared("post_id");
            case CASES -> {
                caseIds = new Declared("case_id");
                childIds = new Declared("child_id");
            }
            default -> {
            }
        }
    }

    /** The authority of the first row (even with problems in it), or null when the file could not be read. */
    private Authority readAuthority(byte[] bytes, Problems found) {
        Authority[] first = new Authority[1];
        int[] rows = new int[1];
        boolean read = CsvTable.read(BundleFile.AUTHORITY, bytes, found, row -> {
            if (rows[0]++ == 0) {
                first[0] = authority(row);
            } else {
                row.problem("-", "a bundle describes one authority: exactly one row is allowed");
            }
        });
        if (!read) {
            return null;
        }
        if (rows[0] == 0) {
            found.add(BundleFile.AUTHORITY.fileName(), 1, "-", "the authority's row is missing: exactly one row is required");
        }
        return first[0];
    }

    private Authority authority(Row row) {
        String laCode = row.text("la_code");
        if (laCode != null && !LA_CODE.matcher(laCode).matches()) {
            row.problem("la_code", "'" + laCode + "' is not a DfE 3-digit local authority number");
        }
        String name = row.text("name");
        String region = row.raw("region_code");
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            row.problem("region_code", "'" + region + "' is not an ONS region code such as E12000006");
        }
        return new Authority(laCode, name, region, row.optionalDate("history_from"));
    }

    /** The rows of one capability file typed by its descriptor, checking its cells only. */
    public static <T> List<T> typeOne(BundleFileType<T> type, byte[] bytes) throws InvalidBundleException {
        BundleParser parser = new BundleParser();
        parser.readCapabilityFile(type, bytes);
        if (!parser.problems.isEmpty()) {
            throw new InvalidBundleException(parser.problems.all());
        }
        @SuppressWarnings("unchecked")
        List<Lined<T>> rows = (List<Lined<T>>) (List<?>) parser.capabilityRows.get(type.fileName());
        return Lined.values(rows);
    }

    /**
     * Reads a capability module's file by its descriptor, as the register's own files are read: rows typed as they
     * are parsed, the identifiers that name its rows declared (even in a row with other problems), and nothing kept
     * when the file cannot be read.
     */
    private <T> void readCapabilityFile(BundleFileType<T> type, byte[] bytes) {
        Problems found = new Problems(problemsPerColumn);
        Declared ids = type.idColumn() == null ? null : new Declared(type.idColumn());
        List<Lined<T>> rows = new ArrayList<>(CsvTable.rowsAtMost(bytes));
        boolean read = CsvTable.read(new CsvTable.Layout(type.fileName(), type.requiredColumns(), type.optionalColumns()),
                bytes, found, row -> {
                    T value = type.type(row);
                    if (ids != null) {
                        String id = row.cell(type.idColumn());
                        if (id != null && id.length() <= Row.MAX_ID_LENGTH) {
                            ids.declare(row, id);
                        }
                    }
                    if (row.valid() && value != null) {
                        rows.add(new Lined<>(row.line(), value));
                    }
                });
        problems.addAll(found);
        if (!read) {
            capabilityUnreadable.add(type.fileName());
            capabilityRows.put(type.fileName(), List.of());
            return;
        }
        capabilityRows.put(type.fileName(), rows);
        if (ids != null) {
            capabilityIds.put(type.fileName(), ids);
        }
    }

    /** Each capability file's rules across rows and files, in the format's order, after the register's own. */
    private void checkCapabilityFiles(DeclaredIds declared) {
        CapabilityChecks context = new CapabilityChecks(declared);
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            if (capabilityRows.containsKey(type.fileName()) && !capabilityUnreadable.contains(type.fileName())) {
                checkFile(type, context);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void checkFile(BundleFileType<T> type, CapabilityChecks context) {
        List<uk.retain.workforce.FileRow<T>> rows = new ArrayList<>();
        for (Object row : capabilityRows.get(type.fileName())) {
            Lined<T> lined = (Lined<T>) row;
            rows.add(new uk.retain.workforce.FileRow<>(lined.line(), lined.value()));
        }
        type.check(rows, context.bound(type.fileName()));
    }

    /** What a capability file's rules see of the bundle: the identifiers declared, the workers and their histories. */
    private final class CapabilityChecks {
        private final DeclaredIds declared;
        private Map<String, Worker> workerById;
        private Map<String, uk.retain.workforce.EmploymentHistory> histories;

        CapabilityChecks(DeclaredIds declared) {
            this.declared = declared;
        }

        private Map<String, Worker> workers() {
            if (workerById == null) {
                workerById = new HashMap<>();
                for (Lined<Worker> worker : workers) {
                    workerById.put(worker.value().workerId(), worker.value());
                }
            }
            return workerById;
        }

        private uk.retain.workforce.EmploymentHistory history(String workerId) {
            if (histories == null) {
                Map<String, List<Employment>> rows = new HashMap<>();
                for (Lined<Employment> row : employments) {
                    rows.computeIfAbsent(row.value().workerId(), id -> new ArrayList<>()).add(row.value());
                }
                histories = new HashMap<>();
                rows.forEach((id, list) -> histories.put(id, uk.retain.workforce.EmploymentHistory.of(list)));
            }
            return histories.getOrDefault(workerId, uk.retain.workforce.EmploymentHistory.none());
        }

        private Set<String> ids(String fileName) {
            return switch (fileName) {
                case "teams.csv" -> declared.teams();
                case "workers.csv" -> declared.workers();
                case "posts.csv" -> declared.posts();
                case "cases.csv" -> declared.cases();
                default -> {
                    Declared ids = capabilityIds.get(fileName);
                    yield ids == null ? Set.of() : ids.ids();
                }
            };
        }

        private boolean present(String fileName) {
            return BundleFile.named(fileName).map(presentFiles::contains)
                    .orElseGet(() -> capabilityRows.containsKey(fileName));
        }

        private boolean unreadable(String fileName) {
            return BundleFile.named(fileName).map(unreadable::contains).orElseGet(() -> capabilityUnreadable.contains(fileName));
        }

        uk.retain.workforce.FileChecks bound(String fileName) {
            return new uk.retain.workforce.FileChecks() {
                @Override
                public void problem(long line, String column, String message) {
                    problems.add(fileName, line, column, message);
                }

                @Override
                public void refersTo(long line, String column, String id, String targetFile) {
                    if (id == null || unreadable(targetFile)) {
                        return;
                    }
                    if (!CapabilityChecks.this.present(targetFile)) {
                        problem(line, column, "'" + id + "' refers to " + targetFile + ", but the bundle has none");
                    } else if (!ids(targetFile).contains(id)) {
                        problem(line, column, "'" + id + "' is not in " + targetFile);
                    }
                }

                @Override
                public boolean present(String file) {
                    return CapabilityChecks.this.present(file);
                }

                @Override
                public Set<String> ids(String file) {
                    return CapabilityChecks.this.ids(file);
                }

                @Override
                public Authority authority() {
                    return authority;
                }

                @Override
                public Map<String, Worker> workers() {
                    return CapabilityChecks.this.workers();
                }

                @Override
                public uk.retain.workforce.EmploymentHistory history(String workerId) {
                    return CapabilityChecks.this.history(workerId);
                }

                @Override
                @SuppressWarnings("unchecked")
                public <U> List<uk.retain.workforce.FileRow<U>> rows(Class<? extends BundleFileType<U>> type) {
                    String name = BundleFileTypes.of(type).fileName();
                    List<uk.retain.workforce.FileRow<U>> rows = new ArrayList<>();
                    for (Object row : capabilityRows.getOrDefault(name, List.of())) {
                        Lined<U> lined = (Lined<U>) row;
                        rows.add(new uk.retain.workforce.FileRow<>(lined.line(), lined.value()));
                    }
                    return rows;
                }
            };
        }
    }

    private final class Teams extends Typing<Team> {
        @Override
        Team type(Row row) {
            return new Team(teamIds.declare(row, row.id("team_id")), row.text("name"), row.code("service", ServiceArea.class),
                    row.raw("locality"));
        }
    }

    private final class Workers extends Typing<Worker> {
        @Override
        Worker type(Row row) {
            String workerId = workerIds.declare(row, row.id("worker_id"));
            String swe = row.text("swe_number");
            SweNumber sweNumber = swe == null ? null : SweNumber.parse(swe).orElse(null);
            if (swe != null && sweNumber == null) {
                row.problem("swe_number", "'" + swe + "' is not a Social Work England number: SW then 1 to 10 digits, e.g. SW123456");
            }
            String ethnicity = row.raw("ethnicity");
            if (ethnicity != null && !ETHNICITY_CODES.contains(ethnicity)) {
                row.problem("ethnicity", "'" + ethnicity + "' is not a census ethnicity code (such as WBRI, MWBC, AIND, NOBT)");
            }
            return new Worker(workerId, sweNumber, row.text("family_name"), row.text("given_name"),
                    row.optionalDate("qualified_on"), row.optionalDate("date_of_birth"),
                    row.optionalCensusCode("gender", GENDER_CODES, "0, 1, 2 or 9"), ethnicity,
                    row.optionalCensusCode("start_origin", START_ORIGINS, "from 1 to 10"));
        }
    }

    private final class Posts extends Typing<Post> {
        @Override
        Post type(Row row) {
            Post post = new Post(postIds.declare(row, row.id("post_id")), teamIds.known(row.id("team_id")), row.code("job_role", JobRole.class),
                    row.fte("fte"), row.date("funded_from"), row.optionalDate("funded_to"));
            if (post.fundedFrom() != null && post.fundedTo() != null && post.fundedTo().isBefore(post.fundedFrom())) {
                row.problem("funded_to", "funded_to " + post.fundedTo() + " is before funded_from " + post.fundedFrom());
            }
            return post;
        }
    }

    private final class Employments extends Typing<Employment> {
        @Override
        Employment type(Row row) {
            Employment employment = new Employment(workerIds.known(row.id("worker_id")), row.code("contract", Contract.class),
                    row.code("job_role", JobRole.class), teamIds.known(row.id("team_id")), row.optionalId("post_id"),
                    row.fte("fte"), row.date("start_date"), row.optionalDate("end_date"),
                    row.optionalCensusCode("end_reason", REASONS_LEAVE, "from 1 to 10 (census ReasonLeave)"),
                    row.optionalCensusCode("leaver_destination", LEAVER_DESTINATIONS, "from 1 to 9 (census LeaverDestination)"));
            endNotBeforeStart(row, employment.startDate(), employment.endDate(), "end_date");
            return employment;
        }
    }

    private final class Absences extends Typing<Absence> {
        @Override
        Absence type(Row row) {
            Absence absence = new Absence(workerIds.known(row.id("worker_id")), row.date("start_date"), row.date("end_date"),
                    row.code("reason", AbsenceReason.class), row.optionalNonNegativeDecimal("working_days"));
            endNotBeforeStart(row, absence.startDate(), absence.endDate(), "end_date");
            return absence;
        }
    }

    private final class Cases extends Typing<Case> {
        @Override
        Case type(Row row) {
            Case item = new Case(caseIds.declare(row, row.id("case_id")), childIds.declare(row, row.id("child_id")), row.optionalId("family_id"),
                    row.code("category", CaseCategory.class), row.optionalBoolean("court_proceedings"),
                    row.date("opened_on"), row.optionalDate("closed_on"));
            endNotBeforeStart(row, item.openedOn(), item.closedOn(), "closed_on");
            return item;
        }
    }

    private final class Allocations extends Typing<Allocation> {
        @Override
        Allocation type(Row row) {
            Allocation allocation = new Allocation(row.id("case_id"), workerIds.known(row.id("worker_id")),
                    row.code("role", AllocationRole.class), row.date("start_date"), row.optionalDate("end_date"),
                    row.optionalCode("change_reason", ChangeReason.class));
            endNotBeforeStart(row, allocation.startDate(), allocation.endDate(), "end_date");
            return allocation;
        }
    }

    /** Null when a cell is wrong: the session is built only from a clean row (its minutes may be missing). */
    private final class Supervisions extends Typing<Supervision> {
        @Override
        Supervision type(Row row) {
            String workerId = workerIds.known(row.id("worker_id"));
            String supervisorId = workerIds.known(row.id("supervisor_id"));
            var date = row.date("date");
            var kind = row.code("kind", SupervisionKind.class);
            Integer minutes = row.positiveWholeNumber("minutes");
            return row.valid() ? new Supervision(workerId, supervisorId, date, kind, minutes) : null;
        }
    }

    private static void endNotBeforeStart(Row row, java.time.LocalDate start, java.time.LocalDate end, String column) {
        if (start != null && end != null && end.isBefore(start)) {
            row.problem(column, column + " " + end + " is before the start " + start);
        }
    }
}
