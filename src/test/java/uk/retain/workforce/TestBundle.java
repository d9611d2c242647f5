package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import uk.retain.workforce.bundle.AuthorityFile;

/**
 * A tiny bundle written as CSV text, so that a test reads like the contract of {@code exchange-format.md}: start
 * from {@link #minimal()} (valid, every file present) or {@link #withTeams} (the required files, no workers
 * yet), make one change, then {@link #read} it from a folder or a zip.
 *
 * <p>Lines are numbered as the contract numbers them: line 1 is the header, line 2 the first row. The fixture
 * rows never quote a cell, so {@link #cell} can split them on commas.
 */
public final class TestBundle {

    /**
     * The header each file gets when a test adds rows to a file the bundle does not have yet: every column of the
     * file, in the order its descriptor lists them (the order the fixture rows below give their cells).
     */
    public static final Map<String, String> HEADERS = headers();

    /** The authority's header without its optional history_from: the fixture's authority has no history. */
    private static final String AUTHORITY_HEADER = String.join(",",
            AuthorityFile.FILE.columnNames().stream().filter(column -> !column.equals("history_from")).toList());

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (BundleFile file : BundleFile.values()) {
            headers.put(file.fileName(), String.join(",", file.descriptor().columnNames()));
        }
        return Map.copyOf(headers);
    }

    /** File path inside the bundle (may hold a folder, such as {@code old/teams.csv}) to its bytes. */
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private int nextSwe = 5001;

    private TestBundle() {
    }

    /** No files at all. */
    public static TestBundle empty() {
        return new TestBundle();
    }

    /**
     * The valid minimal bundle with every file of the format, one change away from each rule:
     *
     * <pre>
     * employments.csv  line 2  W1 permanent social_worker T1 P1 1.0 from 2020-01-01, still in force
     *                  line 3  W2 agency team_manager T2 0.5 from 2024-01-01, still in force
     *                  line 4  W3 fixed_term senior_social_worker T2 0.5 2023-01-01 to 2023-12-31, left (reason 3)
     * posts.csv        line 2  P1 T1 social_worker 1.0 funded from 2020-01-01
     * cases.csv        line 2  C1 (child CH1) child_in_need opened 2024-01-01, open
     * allocations.csv  line 2  C1 W1 primary from 2024-01-01
     * </pre>
     */
    public static TestBundle minimal() {
        return new TestBundle()
                .lines("authority.csv", AUTHORITY_HEADER, "999,Test Council,E12000006")
                .lines("teams.csv", HEADERS.get("teams.csv"),
                        "T1,Assessment North,assessment,North",
                        "T2,Children in Care,children_in_care,")
                .lines("workers.csv", HEADERS.get("workers.csv"),
                        "W1,SW1001,Smith,Alex,2015-07-01,1985-03-02,2,WBRI,1",
                        "W2,SW1002,Jones,Sam,,,,,",
                        "W3,SW1003,Brown,Kim,2010-07-01,,1,AIND,3")
                .lines("posts.csv", HEADERS.get("posts.csv"),
                        "P1,T1,social_worker,1,2020-01-01,")
                .lines("employments.csv", HEADERS.get("employments.csv"),
                        "W1,permanent,social_worker,T1,P1,1,2020-01-01,,,",
                        "W2,agency,team_manager,T2,,0.5,2024-01-01,,,",
                        "W3,fixed_term,senior_social_worker,T2,,0.5,2023-01-01,2023-12-31,3,1")
                .lines("absences.csv", HEADERS.get("absences.csv"),
                        "W1,2024-03-04,2024-03-08,SIC,")
                .lines("cases.csv", HEADERS.get("cases.csv"),
                        "C1,CH1,F1,child_in_need,false,2024-01-01,")
                .lines("allocations.csv", HEADERS.get("allocations.csv"),
                        "C1,W1,primary,2024-01-01,,")
                .lines("supervisions.csv", HEADERS.get("supervisions.csv"),
                        "W1,W2,2024-02-01,one_to_one,60");
    }

    /** The required files only: the authority, the given teams (service {@code other}), no workers, no employments. */
    public static TestBundle withTeams(String... teamIds) {
        TestBundle bundle = new TestBundle()
                .lines("authority.csv", AUTHORITY_HEADER, "999,Test Council,")
                .lines("teams.csv", HEADERS.get("teams.csv"))
                .lines("workers.csv", HEADERS.get("workers.csv"))
                .lines("employments.csv", HEADERS.get("employments.csv"));
        for (String teamId : teamIds) {
            bundle.team(teamId);
        }
        return bundle;
    }

    // ---- changing the files -------------------------------------------------------------------------------

    /** Sets a file's whole text. */
    public TestBundle text(String file, String text) {
        return bytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets a file's text from its lines, each ended by a newline. */
    public TestBundle lines(String file, String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text(file, text.toString());
    }

    /** Sets a file's raw bytes (for encodings). */
    public TestBundle bytes(String file, byte[] content) {
        files.put(file, content.clone());
        return this;
    }

    /** Removes a file from the bundle. */
    public TestBundle without(String file) {
        assertThat(files).as("the bundle has %s", file).containsKey(file);
        files.remove(file);
        return this;
    }

    /** Appends rows to a file, creating it with its standard header when the bundle does not have it. */
    public TestBundle row(String file, String... rows) {
        List<String> lines = has(file) ? lines(file) : new ArrayList<>(List.of(header(file)));
        lines.addAll(Arrays.asList(rows));
        return lines(file, lines.toArray(String[]::new));
    }

    /** Sets one cell: the value of {@code column} on {@code line} (line 1 is the header) of {@code file}. */
    public TestBundle cell(String file, int line, String column, String value) {
        List<String> lines = lines(file);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int index = header.indexOf(column);
        assertThat(index).as("column %s in %s", column, file).isNotNegative();
        String[] cells = lines.get(line - 1).split(",", -1);
        cells[index] = value;
        lines.set(line - 1, String.join(",", cells));
        return lines(file, lines.toArray(String[]::new));
    }

    /** Replaces text that must occur in the file (so a mistyped change fails the test instead of doing nothing). */
    public TestBundle replace(String file, String target, String replacement) {
        String text = text(file);
        assertThat(text).as("text of %s", file).contains(target);
        return text(file, text.replace(target, replacement));
    }

    public TestBundle team(String teamId) {
        return row("teams.csv", teamId + ",Team " + teamId + ",other,");
    }

    /** A worker with the next free SWE number, with no qualification date. */
    public TestBundle worker(String workerId) {
        return worker(workerId, "");
    }

    /** A worker with the next free SWE number, qualified on {@code qualifiedOn} (empty for none). */
    public TestBundle worker(String workerId, String qualifiedOn) {
        return row("workers.csv", workerId + ",SW" + nextSwe++ + ",Family" + workerId + ",Given," + qualifiedOn + ",,,,");
    }

    public TestBundle workers(String... workerIds) {
        for (String workerId : workerIds) {
            worker(workerId);
        }
        return this;
    }

    /** {@code worker_id,contract,job_role,team_id,post_id,fte,start_date,end_date,end_reason,leaver_destination} */
    public TestBundle employment(String... rows) {
        return row("employments.csv", rows);
    }

    /** {@code post_id,team_id,job_role,fte,funded_from,funded_to} */
    public TestBundle post(String... rows) {
        return row("posts.csv", rows);
    }

    /** {@code worker_id,start_date,end_date,reason,working_days} */
    public TestBundle absence(String... rows) {
        return row("absences.csv", rows);
    }

    /** {@code case_id,child_id,family_id,category,court_proceedings,opened_on,closed_on} */
    public TestBundle caseRow(String... rows) {
        return row("cases.csv", rows);
    }

    /** {@code case_id,worker_id,role,start_date,end_date,change_reason} */
    public TestBundle allocation(String... rows) {
        return row("allocations.csv", rows);
    }

    // ---- looking at the files ----------------------------------------------------------------------------

    public boolean has(String file) {
        return files.containsKey(file);
    }

    public String text(String file) {
        assertThat(files).as("the bundle has %s", file).containsKey(file);
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    /** The lines of a file, without their newlines. */
    public List<String> lines(String file) {
        return new ArrayList<>(text(file).lines().toList());
    }

    /** The number of the file's last line (line 1 is the header). */
    public int lastLine(String file) {
        return lines(file).size();
    }

    private static String header(String file) {
        String header = HEADERS.get(file);
        assertThat(header).as("a standard header for %s", file).isNotNull();
        return header;
    }

    // ---- writing and reading -----------------------------------------------------------------------------

    /** Writes the files into a new folder under {@code parent} and answers the folder. */
    public Path writeFolder(Path parent) {
        try {
            Path folder = Files.createTempDirectory(parent, "bundle");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files zipped at the zip's root. */
    public byte[] zip() {
        return zip("");
    }

    /** The files zipped under {@code folder} (such as {@code "bundle/"}), or at the root for {@code ""}. */
    public byte[] zip(String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (!folder.isEmpty()) {
                zip.putNextEntry(new ZipEntry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the zip of the files (at its root) as {@code name} under {@code parent}. */
    public Path writeZip(Path parent, String name) {
        try {
            Path zip = Files.createTempDirectory(parent, "zip").resolve(name);
            Files.write(zip, zip());
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The register of the bundle, read from a folder written under {@code parent}. */
    public Register read(Path parent) throws InvalidBundleException {
        return Bundles.read(writeFolder(parent));
    }

    /** Reads the bundle from a folder, expecting it to be refused: the problems, and that no register came back. */
    public List<Problem> problems(Path parent) {
        Path folder = writeFolder(parent);
        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.read(folder));
        assertThat(refused).as("the bundle is refused (no register)").isNotNull();
        return refused.problems();
    }

    /** Every problem reading the bundle reports: none when it reads cleanly. */
    public List<Problem> problemsIfAny(Path parent) {
        try {
            Bundles.read(writeFolder(parent));
            return List.of();
        } catch (InvalidBundleException refused) {
            return refused.problems();
        }
    }

    /**
     * A capability file's rows written back as CSV lines by its descriptor, header first, for {@link #lines}: the
     * fixtures need no quoting.
     */
    public static <T> String[] written(BundleFileType<T> type, List<T> rows) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.join(",", type.columns()));
        for (T row : rows) {
            List<String> cells = new java.util.ArrayList<>();
            for (String cell : type.cells(row)) {
                cells.add(cell == null ? "" : cell);
            }
            lines.add(String.join(",", cells));
        }
        return lines.toArray(String[]::new);
    }
}
