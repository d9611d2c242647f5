package uk.retain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.support.Fuzz;
import uk.retain.support.Fuzz.Input;
import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.BundleLimits;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Register;
import uk.retain.workforce.TestBundle;

/**
 * The bundle reader on arbitrary and mutated bundles. Whatever it is given, {@link Bundles#read} and
 * {@link Bundles#readZip} either give a register or refuse the bundle with {@link InvalidBundleException}, never
 * anything else; every problem names a file, a line (0 for the bundle as a whole), a column and a message; and a
 * register they give is written by {@link BundleWriter} and read back as the same register.
 *
 * <p>The mutated bundles start from valid ones: {@link TestBundle#minimal()}, the small bundle of the page tests,
 * and the minimal bundle with a row or more in every capability module's file.
 */
class BundleReaderFuzzTest {

    private static final Path SMALL = Path.of("src/test/resources/bundles/small");

    /** The valid bundles mutations start from, by name: each file's path in the bundle to its bytes. */
    private static final Map<String, Map<String, byte[]>> BASES = new LinkedHashMap<>();

    /** Values that break a rule of some column, or sit at its edge, or are another column's. */
    private static final List<String> AWKWARD = List.of("", " ", "  padded  ", "0", "-1", "1", "2", "3", "9", "10", "11",
            "0.5", "1.0", "1.00000000001", "-0", "00", "1e3", "1E-400", "1e2147483648", "99999999999999999999", "2147483648",
            "-2147483649", "NaN", "Infinity", "0x10", "1,5", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10",
            "2024-1-1", "0000-01-01", "0001-01-01", "1899-12-31", "1900-01-01", "2200-12-31", "9999-12-31",
            "+10000-01-01", "+999999999-12-31", "-999999999-01-01", "2024-01-01T00:00", "30/09/2025", "true", "false",
            "TRUE", "yes", "\"", "\"\"", "a\"b", "\"quoted\"", "x\ny", "x\r\ny", "é", "\uFEFF", "\u0000", "\t", "😀",
            "W1", "W2", "W3", "W4", "TM1", "T1", "T2", "P1", "C1", "CH1", "F1", "SW1001", "SW1002", "999", "998",
            "E12000006", "E12000007", "permanent", "agency", "social_worker", "team_manager", "primary", "co_worker",
            "child_in_need", "child_protection", "SIC", "one_to_one", "WBRI", "X".repeat(300), "9".repeat(40));

    /** Names a file in a bundle might have: the format's own, near misses, and others. */
    private static final List<String> NAMES = new ArrayList<>(List.of("authority.csv", "teams.csv", "workers.csv",
            "posts.csv", "employments.csv", "absences.csv", "cases.csv", "allocations.csv", "supervisions.csv",
            "Teams.csv", "TEAMS.CSV", "team.csv", "teams", "teams.txt", "teams.csv.csv", "work-ers.csv", " teams.csv",
            ".csv", "notes.csv", "bundle/teams.csv", "old/workers.csv", "__MACOSX/._teams.csv", "../teams.csv",
            "a/b/c.csv", "é.csv", "teams.csv ", "README.md"));

    @TempDir
    static Path temp;

    @BeforeAll
    static void bases() throws Exception {
        BASES.put("minimal", filesOf(TestBundle.minimal()));
        Map<String, byte[]> small = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SMALL)) {
            for (Path file : files.sorted().toList()) {
                small.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        BASES.put("small", small);
        BASES.put("capabilities", capabilities());
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            NAMES.add(type.fileName());
        }
        // Mutations start from valid bundles, so that one change away from valid is covered.
        for (Map.Entry<String, Map<String, byte[]>> base : BASES.entrySet()) {
            assertThat(Bundles.readZip(base.getKey() + ".zip", zip(base.getValue(), false))).as(base.getKey()).isNotNull();
        }
    }

    /**
     * The minimal bundle with rows in the agency, recruitment and careers files and every other capability file's
     * header.
     */
    private static Map<String, byte[]> capabilities() {
        TestBundle bundle = TestBundle.minimal()
                .lines("agency_engagements.csv", "engagement_id,worker_id,agency,job_type,start_date,end_date,hours_per_week,"
                        + "hourly_pay,hourly_charge,notice_weeks,reference_on,project_team,override_approved_by,override_reason",
                        "E1,W2,Acme Locums,team_manager,2024-01-01,,37.5,45.00,58.50,4,2023-12-20,false,,")
                .lines("agency_rate_caps.csv", "region_code,job_type,effective_from,effective_to,max_hourly_pay",
                        "E12000006,team_manager,2025-10-01,2026-09-30,45.00")
                .lines("vacancies.csv", "vacancy_id,team_id,job_role,post_id,opened_on,closed_on,closed_reason",
                        "V1,T1,social_worker,P1,2025-01-06,2025-03-03,filled", "V2,T2,team_manager,,2025-06-02,,")
                .lines("applications.csv", "application_id,vacancy_id,candidate_id,source,applied_on,shortlisted_on,"
                        + "interviewed_on,offered_on,accepted_on,started_on,outcome,outcome_reason,worker_id",
                        "A1,V1,CAND-1,frontline,2025-01-10,2025-01-20,2025-01-30,2025-02-05,2025-02-07,2025-03-03,started,,W1")
                .lines("transfer_requests.csv", "transfer_id,worker_id,from_team_id,to_team_id,requested_on,status,reason,"
                        + "current_agrees,receiving_agrees,move_on,decided_on,decision_note",
                        "TR-1,W1,T1,T2,2025-01-10,approved,Closer to home.,true,true,2025-03-01,2025-02-01,")
                .lines("critical_roles.csv", "role_id,name,post_id,job_role,team_id", "CR-1,Team manager,,team_manager,T1",
                        "CR-2,Post P1,P1,,")
                .lines("successors.csv", "role_id,worker_id,readiness", "CR-1,W1,ready_now")
                .lines("level_changes.csv", "worker_id,level_code,from_date", "W1,social_worker_2,2022-01-01");
        Map<String, byte[]> files = filesOf(bundle);
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            files.putIfAbsent(type.fileName(), (String.join(",", type.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, byte[]> filesOf(TestBundle bundle) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bundle.zip()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    // ------------------------------------------------------------------------------------------ the properties

    @Test
    void aMutatedBundleIsReadOrRefusedWithProblems() {
        Fuzz.check("a mutated bundle", 300, BundleReaderFuzzTest::mutatedBundle, bundle -> {
            if (bundle.asFolder()) {
                Path folder = Files.createTempDirectory(temp, "bundle");
                for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
                    Path path = folder.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue());
                }
                readOrRefused(() -> Bundles.read(folder));
            } else {
                readOrRefused(() -> Bundles.readZip("bundle.zip", zip(bundle.files(), bundle.stored())));
            }
        });
    }

    @Test
    void randomBytesAreRefusedWithProblems() {
        Fuzz.check("random bytes as a zip", 300, random -> {
            byte[] bytes = Fuzz.bytes(random, 4096);
            if (bytes.length >= 4 && Fuzz.percent(random, 50)) {
                // The local file header's signature, so the zip reader gets past its first look.
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            return new Input<>(bytes, Fuzz.describe(bytes));
        }, bytes -> readOrRefused(() -> Bundles.readZip("upload.zip", bytes)));
    }

    @Test
    void aDamagedZipIsRefusedWithProblemsOrReadAsTheWholeOne() {
        // A zip cut where an entry began was read as a valid bundle without the files after the cut.
        Fuzz.check("a damaged zip", 300, random -> {
            String base = Fuzz.oneOf(random, List.copyOf(BASES.keySet()));
            byte[] zip = zip(BASES.get(base), Fuzz.percent(random, 30));
            List<String> damage = new ArrayList<>();
            int changes = 1 + random.nextInt(4);
            for (int i = 0; i < changes && zip.length > 0; i++) {
                int at = random.nextInt(zip.length);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        zip[at] ^= (byte) (1 << random.nextInt(8));
                        damage.add("bit flipped at " + at);
                    }
                    case 1 -> {
                        zip = Arrays.copyOf(zip, at);
                        damage.add("truncated to " + at);
                    }
                    default -> {
                        zip[at] = (byte) random.nextInt(256);
                        damage.add("byte " + at + " set to " + (zip[at] & 0xFF));
                    }
                }
            }
            return new Input<>(new DamagedZip(base, zip), base + " zipped, " + damage);
        }, damaged -> {
            Register read = readOrRefused(() -> Bundles.readZip("damaged.zip", damaged.zip()));
            if (read != null) {
                // Damage the reader cannot see (in the zip's directory, say) must not change what it reads.
                assertThat(read).as("what the damaged zip reads as").isEqualTo(Bundles.readZip("whole.zip", zip(BASES.get(damaged.base()), false)));
            }
        });
    }

    private record DamagedZip(String base, byte[] zip) {
    }

    @Test
    void aRandomZipIsReadOrRefusedWithProblems() {
        Fuzz.check("a random zip", 300, random -> {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String name = Fuzz.percent(random, 60) ? Fuzz.oneOf(random, NAMES) : Fuzz.text(random, 40) + ".csv";
                byte[] content = Fuzz.percent(random, 50)
                        ? (Fuzz.oneOf(random, List.of("la_code,name,region_code", "team_id,name,service,locality",
                                "worker_id,swe_number,family_name,given_name")) + "\n" + Fuzz.text(random, 200))
                                .getBytes(StandardCharsets.UTF_8)
                        : Fuzz.bytes(random, 512);
                entries.put(name, content);
            }
            boolean small = Fuzz.percent(random, 30);
            return new Input<>(new RandomZip(entries, Fuzz.percent(random, 30), small),
                    (small ? "with limits of 1 KB, " : "") + describe(entries));
        }, zip -> {
            byte[] bytes = zip(zip.entries(), zip.stored());
            if (zip.smallLimits()) {
                readOrRefused(() -> Bundles.readZip("random.zip", bytes, new BundleLimits(1024, 2048, 3)));
            } else {
                readOrRefused(() -> Bundles.readZip("random.zip", bytes));
            }
        });
    }

    private record RandomZip(Map<String, byte[]> entries, boolean stored, boolean smallLimits) {
    }

    // ------------------------------------------------------------------------------------------ the checks

    @FunctionalInterface
    private interface Reading {
        Register read() throws InvalidBundleException, IOException;
    }

    /**
     * The bundle is refused with well-formed problems (answering null), or read as a register that round-trips
     * through the writer (answering it).
     */
    private static Register readOrRefused(Reading reading) throws Exception {
        Register register;
        try {
            register = reading.read();
        } catch (InvalidBundleException refused) {
            assertThat(refused.problems()).as("a refusal lists its problems").isNotEmpty();
            for (Problem problem : refused.problems()) {
                assertThat(problem.file()).as("file of %s", problem).isNotNull().isNotEmpty();
                assertThat(problem.line()).as("line of %s", problem).isNotNegative();
                assertThat(problem.column()).as("column of %s", problem).isNotNull().isNotEmpty();
                assertThat(problem.message()).as("message of %s", problem).isNotNull().isNotBlank()
                        .doesNotEndWith(": null").doesNotContain("Exception");
            }
            return null;
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        BundleWriter.writeZip(register, written);
        assertThat(Bundles.readZip("written.zip", written.toByteArray())).as("the register written and read back")
                .isEqualTo(register);
        return register;
    }

    // ------------------------------------------------------------------------------------------ mutated bundles

    /** A bundle to read: its files, and whether it is read as a folder or as a zip (stored or deflated). */
    private record Bundle(Map<String, byte[]> files, boolean asFolder, boolean stored) {
    }

    /** A folder can hold only names a file system takes; anything else is read as a zip. */
    private static final Pattern FOLDER_SAFE = Pattern.compile("([A-Za-z0-9_. -]{1,60}/)?[A-Za-z0-9_. -]{1,60}");

    private static Input<Bundle> mutatedBundle(Random random) {
        String base = Fuzz.oneOf(random, List.copyOf(BASES.keySet()));
        Map<String, byte[]> files = new LinkedHashMap<>(BASES.get(base));
        List<String> changes = new ArrayList<>();
        int count = Fuzz.percent(random, 10) ? 0 : 1 + random.nextInt(Fuzz.percent(random, 80) ? 3 : 12);
        for (int i = 0; i < count; i++) {
            changes.add(mutate(random, files));
        }
        boolean folderSafe = files.keySet().stream().allMatch(name -> FOLDER_SAFE.matcher(name).matches()
                && Arrays.stream(name.split("/")).noneMatch(part -> part.equals(".") || part.equals("..")
                        || part.endsWith(" ") || part.endsWith(".")));
        boolean asFolder = folderSafe && Fuzz.percent(random, 15);
        boolean stored = Fuzz.percent(random, 20);
        return new Input<>(new Bundle(files, asFolder, stored), base + " bundle read as "
                + (asFolder ? "a folder" : stored ? "a stored zip" : "a zip") + ", changed: " + changes);
    }

    /** One random change to the files; answers what it did. */
    private static String mutate(Random random, Map<String, byte[]> files) {
        if (files.isEmpty()) {
            String name = Fuzz.oneOf(random, NAMES);
            files.put(name, Fuzz.bytes(random, 256));
            return "added " + name;
        }
        String file = Fuzz.oneOf(random, List.copyOf(files.keySet()));
        Lines lines = Lines.of(files.get(file));
        int kind = random.nextInt(100);
        String change;
        if (kind < 30) {
            change = setCell(random, lines, awkwardOrElsewhere(random, files));
        } else if (kind < 38) {
            change = columns(random, lines);
        } else if (kind < 50) {
            change = rows(random, lines);
        } else if (kind < 56) {
            change = quoting(random, lines);
        } else if (kind < 64) {
            byte[] bytes = files.get(file);
            byte[] changed = changeBytes(random, bytes);
            files.put(file, changed);
            return file + ": bytes changed to " + Fuzz.describe(changed);
        } else if (kind < 69) {
            byte[] bytes = files.get(file);
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            files.put(file, Arrays.copyOf(bytes, at));
            return file + ": truncated to " + at + " bytes";
        } else if (kind < 76) {
            return files(random, files, file);
        } else if (kind < 82) {
            return encoding(random, files, file);
        } else {
            change = setCell(random, lines, Fuzz.text(random, 30));
        }
        files.put(file, lines.bytes());
        return file + ": " + change;
    }

    private static String awkwardOrElsewhere(Random random, Map<String, byte[]> files) {
        if (Fuzz.percent(random, 70)) {
            return Fuzz.oneOf(random, AWKWARD);
        }
        Lines other = Lines.of(files.get(Fuzz.oneOf(random, List.copyOf(files.keySet()))));
        if (other.rows.isEmpty()) {
            return "";
        }
        List<String> cells = other.cells(random.nextInt(other.rows.size()));
        return cells.get(random.nextInt(cells.size()));
    }

    private static String setCell(Random random, Lines lines, String value) {
        if (lines.rows.isEmpty()) {
            lines.rows.add(value);
            return "line 1 := " + Fuzz.escape(value);
        }
        int row = lines.rows.size() > 1 && Fuzz.percent(random, 90) ? 1 + random.nextInt(lines.rows.size() - 1) : 0;
        List<String> cells = lines.cells(row);
        int column = random.nextInt(cells.size());
        cells.set(column, value);
        lines.setCells(row, cells);
        return "line " + (row + 1) + " cell " + (column + 1) + " := " + Fuzz.escape(value);
    }

    private static String columns(Random random, Lines lines) {
        if (lines.rows.isEmpty()) {
            return "no columns to change";
        }
        int width = lines.cells(0).size();
        int column = random.nextInt(width);
        int other = random.nextInt(width);
        int kind = random.nextInt(5);
        for (int row = 0; row < lines.rows.size(); row++) {
            List<String> cells = lines.cells(row);
            int at = Math.min(column, cells.size() - 1);
            switch (kind) {
                case 0 -> cells.add(at, cells.get(at));
                case 1 -> {
                    if (cells.size() > 1) {
                        cells.remove(at);
                    } else {
                        cells.set(0, "");
                    }
                }
                case 2 -> {
                    int to = Math.min(other, cells.size() - 1);
                    String moved = cells.get(at);
                    cells.set(at, cells.get(to));
                    cells.set(to, moved);
                }
                case 3 -> {
                    if (row == 0) {
                        cells.set(at, Fuzz.percent(random, 50) ? cells.get(at).toUpperCase() : " " + cells.get(at) + " ");
                    }
                }
                default -> {
                    if (row == 0) {
                        cells.set(at, cells.get(Math.min(other, cells.size() - 1)));
                    }
                }
            }
            lines.setCells(row, cells);
        }
        return List.of("duplicated", "removed", "swapped with column " + (other + 1), "renamed in the header",
                "named as column " + (other + 1)).get(kind) + ": column " + (column + 1);
    }

    private static String rows(Random random, Lines lines) {
        if (lines.rows.isEmpty()) {
            lines.rows.add("");
            return "a blank line added";
        }
        int row = random.nextInt(lines.rows.size());
        switch (random.nextInt(6)) {
            case 0 -> {
                lines.rows.add(row, lines.rows.get(row));
                return "line " + (row + 1) + " duplicated";
            }
            case 1 -> {
                lines.rows.remove(row);
                return "line " + (row + 1) + " removed";
            }
            case 2 -> {
                int other = random.nextInt(lines.rows.size());
                String moved = lines.rows.get(row);
                lines.rows.set(row, lines.rows.get(other));
                lines.rows.set(other, moved);
                return "lines " + (row + 1) + " and " + (other + 1) + " swapped";
            }
            case 3 -> {
                lines.rows.add(row, Fuzz.percent(random, 50) ? "" : "   ");
                return "a blank line before line " + (row + 1);
            }
            case 4 -> {
                List<String> cells = new ArrayList<>();
                int width = random.nextInt(20);
                for (int i = 0; i < width; i++) {
                    cells.add(Fuzz.percent(random, 50) ? Fuzz.oneOf(random, AWKWARD) : Fuzz.text(random, 10));
                }
                lines.rows.add(row, String.join(",", cells));
                return "a row of " + width + " random cells before line " + (row + 1);
            }
            default -> {
                int copies = 1 + random.nextInt(200);
                for (int i = 0; i < copies; i++) {
                    lines.rows.add(lines.rows.get(row));
                }
                return "line " + (row + 1) + " repeated " + copies + " times at the end";
            }
        }
    }

    private static String quoting(Random random, Lines lines) {
        if (lines.rows.isEmpty()) {
            return "nothing to quote";
        }
        int row = random.nextInt(lines.rows.size());
        List<String> cells = lines.cells(row);
        int column = random.nextInt(cells.size());
        String cell = cells.get(column);
        String quoted = switch (random.nextInt(4)) {
            case 0 -> "\"" + cell + "\"";
            case 1 -> "\"" + cell;
            case 2 -> "\"" + cell + ",\r\n" + cell + "\"";
            default -> cell + "\"";
        };
        cells.set(column, quoted);
        lines.setCells(row, cells);
        return "line " + (row + 1) + " cell " + (column + 1) + " quoted as " + Fuzz.escape(quoted);
    }

    private static byte[] changeBytes(Random random, byte[] bytes) {
        byte[] changed = bytes.clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            if (changed.length == 0 || Fuzz.percent(random, 30)) {
                int at = changed.length == 0 ? 0 : random.nextInt(changed.length + 1);
                byte[] inserted = Fuzz.bytes(random, 16);
                byte[] longer = new byte[changed.length + inserted.length];
                System.arraycopy(changed, 0, longer, 0, at);
                System.arraycopy(inserted, 0, longer, at, inserted.length);
                System.arraycopy(changed, at, longer, at + inserted.length, changed.length - at);
                changed = longer;
            } else {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
        }
        return changed;
    }

    private static String files(Random random, Map<String, byte[]> files, String file) {
        switch (random.nextInt(4)) {
            case 0 -> {
                files.remove(file);
                return file + " removed";
            }
            case 1 -> {
                String name = Fuzz.percent(random, 60) ? Fuzz.oneOf(random, NAMES) : Fuzz.text(random, 30);
                byte[] bytes = files.remove(file);
                files.put(name, bytes);
                return file + " renamed " + Fuzz.escape(name);
            }
            case 2 -> {
                String name = Fuzz.percent(random, 60) ? Fuzz.oneOf(random, NAMES) : Fuzz.text(random, 30) + ".csv";
                files.put(name, Fuzz.percent(random, 50) ? files.get(file).clone() : Fuzz.bytes(random, 512));
                return "file " + Fuzz.escape(name) + " added";
            }
            default -> {
                String other = Fuzz.oneOf(random, List.copyOf(files.keySet()));
                files.put(file, files.get(other).clone());
                return file + " given the content of " + other;
            }
        }
    }

    private static String encoding(Random random, Map<String, byte[]> files, String file) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0 -> {
                files.put(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
                return file + " given a byte order mark";
            }
            case 1 -> {
                files.put(file, text.getBytes(StandardCharsets.UTF_16));
                return file + " in UTF-16";
            }
            case 2 -> {
                files.put(file, text.replace("\r\n", "\n").replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
                return file + " with CR line ends";
            }
            case 3 -> {
                files.put(file, text.replace(',', Fuzz.percent(random, 50) ? ';' : '\t').getBytes(StandardCharsets.UTF_8));
                return file + " with another separator";
            }
            case 4 -> {
                files.put(file, (text + "\u00e9\u00a3").getBytes(StandardCharsets.ISO_8859_1));
                return file + " in ISO-8859-1";
            }
            default -> {
                files.put(file, text.replace("\n", " \n").getBytes(StandardCharsets.UTF_8));
                return file + " with trailing spaces";
            }
        }
    }

    /** A file's lines, split on line ends, and each line's cells split on commas (the fixtures quote nothing). */
    private static final class Lines {

        final List<String> rows;
        final String lineEnd;
        final boolean endsWithLineEnd;

        private Lines(List<String> rows, String lineEnd, boolean endsWithLineEnd) {
            this.rows = rows;
            this.lineEnd = lineEnd;
            this.endsWithLineEnd = endsWithLineEnd;
        }

        static Lines of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
            boolean ends = text.endsWith(lineEnd);
            String body = ends ? text.substring(0, text.length() - lineEnd.length()) : text;
            List<String> rows = body.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(body.split(Pattern.quote(lineEnd), -1)));
            return new Lines(rows, lineEnd, ends);
        }

        List<String> cells(int row) {
            return new ArrayList<>(Arrays.asList(rows.get(row).split(",", -1)));
        }

        void setCells(int row, List<String> cells) {
            rows.set(row, String.join(",", cells));
        }

        byte[] bytes() {
            return (String.join(lineEnd, rows) + (endsWithLineEnd && !rows.isEmpty() ? lineEnd : ""))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------------------------ zips

    /** The files zipped at the root (or where their names say), deflated or stored. */
    private static byte[] zip(Map<String, byte[]> files, boolean stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCompressedSize(file.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String describe(Map<String, byte[]> entries) {
        StringBuilder text = new StringBuilder(entries.size() + " entries:");
        entries.forEach((name, bytes) -> text.append("\n    ").append(Fuzz.escape(name)).append(" = ").append(Fuzz.describe(bytes)));
        return text.toString();
    }
}
