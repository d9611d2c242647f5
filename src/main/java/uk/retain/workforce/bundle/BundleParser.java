package uk.retain.workforce.bundle;

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

import uk.retain.workforce.Absence;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Turns a bundle's files into a {@link Register}, checking every rule of the bundle format. It reads on after
 * a problem so that one run reports them all; any problem means no register at all.
 */
public final class BundleParser {

    private final Problems problems;
    private final int problemsPerColumn;
    /** The identifiers the register's files declare; only a file that is read (see {@link CsvTable#read}) declares any. */
    private final RegisterIds ids = new RegisterIds();

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
        DeclaredIds declared = new DeclaredIds(ids.teams.ids(), ids.workers.ids(), ids.posts.ids(), ids.cases.ids(), unreadable);
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
     * Reads one file, typing each row by the file's descriptor as soon as it is parsed so that its text can go at
     * once. The file's rows, identifiers and problems count only if the whole file reads (valid CSV, a good header):
     * otherwise it is as if it had no rows, and it reports only why it could not be read.
     */
    private void readFile(BundleFile file, byte[] bytes) {
        Problems found = new Problems(problemsPerColumn);
        switch (file) {
            case AUTHORITY -> authority = readAuthority(bytes, found);
            case TEAMS -> teams = readRows(file, TeamsFile.FILE, bytes, found);
            case WORKERS -> workers = readRows(file, WorkersFile.FILE, bytes, found);
            case POSTS -> posts = readRows(file, PostsFile.FILE, bytes, found);
            case EMPLOYMENTS -> employments = readRows(file, EmploymentsFile.FILE, bytes, found);
            case ABSENCES -> absences = readRows(file, AbsencesFile.FILE, bytes, found);
            case CASES -> cases = readRows(file, CasesFile.FILE, bytes, found);
            case ALLOCATIONS -> allocations = readRows(file, AllocationsFile.FILE, bytes, found);
            case SUPERVISIONS -> supervisions = readRows(file, SupervisionsFile.FILE, bytes, found);
        }
        problems.addAll(found);
    }

    /**
     * The rows that read cleanly, or none when the file could not be read. Room is made first, for the rows and for
     * the identifiers the file declares.
     */
    private <T> List<Lined<T>> readRows(BundleFile file, RegisterFile<T> descriptor, byte[] bytes, Problems found) {
        int rows = CsvTable.rowsAtMost(bytes);
        Declared[] declares = descriptor.declares(ids);
        for (Declared declared : declares) {
            declared.expect(rows);
        }
        Typing<T> typing = new Typing<>(descriptor, ids, rows);
        if (CsvTable.read(file, bytes, found, typing)) {
            return typing.rows;
        }
        // A file that could not be read declares no identifiers, even those of the rows parsed before it failed.
        unreadable.add(file);
        for (Declared declared : declares) {
            declared.forget();
        }
        return List.of();
    }

    /**
     * Types the rows of one file by its descriptor; only rows that read cleanly take part in the rules across rows,
     * so one bad cell is reported once. The descriptor's own method types the row rather than a lambda calling it:
     * the JIT compiler would compile that method twice, alone and again inside the lambda.
     */
    private static final class Typing<T> implements Consumer<Row> {
        private final RegisterFile<T> descriptor;
        private final RegisterIds ids;
        private final List<Lined<T>> rows;

        Typing(RegisterFile<T> descriptor, RegisterIds ids, int rows) {
            this.descriptor = descriptor;
            this.ids = ids;
            this.rows = new ArrayList<>(rows);
        }

        @Override
        public void accept(Row row) {
            T value = descriptor.type(row, ids);
            if (row.valid()) {
                rows.add(new Lined<>(row.line(), value));
            }
        }
    }

    /** The authority of the first row (even with problems in it), or null when the file could not be read. */
    private Authority readAuthority(byte[] bytes, Problems found) {
        Authority[] first = new Authority[1];
        int[] rows = new int[1];
        boolean read = CsvTable.read(BundleFile.AUTHORITY, bytes, found, row -> {
            if (rows[0]++ == 0) {
                first[0] = AuthorityFile.FILE.type(row, ids);
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
}
