package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.retain.workforce.ProblemAssertions.at;
import static uk.retain.workforce.ProblemAssertions.in;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * exchange-format.md, "General rules": which files make a bundle, encoding, CSV form, headers, how problems are
 * reported, and folders versus zips.
 */
class BundleFilesTest {

    @TempDir
    Path dir;

    // ---- the fixture itself --------------------------------------------------------------------------------

    @Test
    void theMinimalBundleIsValidAndReadIntoARegister() throws Exception {
        Register register = TestBundle.minimal().read(dir);

        assertThat(register.authority()).isEqualTo(new Authority("999", "Test Council", "E12000006"));
        assertThat(register.teams()).extracting(Team::teamId).containsExactlyInAnyOrder("T1", "T2");
        assertThat(register.teams()).filteredOn(team -> team.teamId().equals("T2"))
                .singleElement().satisfies(team -> {
                    assertThat(team.service()).isEqualTo(ServiceArea.CHILDREN_IN_CARE);
                    assertThat(team.locality()).as("empty cell = no value").isNull();
                });
        assertThat(register.workers()).extracting(Worker::workerId).containsExactlyInAnyOrder("W1", "W2", "W3");
        assertThat(register.employments()).hasSize(3);
        assertThat(register.employments()).filteredOn(e -> e.workerId().equals("W3")).singleElement().satisfies(e -> {
            assertThat(e.contract()).isEqualTo(Contract.FIXED_TERM);
            assertThat(e.fte()).isEqualByComparingTo(new BigDecimal("0.5"));
            assertThat(e.endDate()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(e.endReason()).isEqualTo(3);
            assertThat(e.leaverDestination()).isEqualTo(1);
        });
        assertThat(register.posts()).hasSize(1);
        assertThat(register.absences()).hasSize(1);
        assertThat(register.cases()).hasSize(1);
        assertThat(register.allocations()).hasSize(1);
        assertThat(register.supervisions()).hasSize(1);
        assertThat(register.files()).containsExactlyInAnyOrder(BundleFile.values());
    }

    @Test
    void theOptionalFilesMayBeAbsent() throws Exception {
        TestBundle bundle = TestBundle.minimal().cell("employments.csv", 2, "post_id", "");
        for (String optional : List.of("posts.csv", "absences.csv", "cases.csv", "allocations.csv", "supervisions.csv")) {
            bundle.without(optional);
        }

        Register register = bundle.read(dir);

        assertThat(register.files()).containsExactlyInAnyOrder(
                BundleFile.AUTHORITY, BundleFile.TEAMS, BundleFile.WORKERS, BundleFile.EMPLOYMENTS);
        assertThat(register.has(BundleFile.POSTS)).isFalse();
        assertThat(register.posts()).isEmpty();
    }

    // ---- which files make a bundle -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"authority.csv", "teams.csv", "workers.csv", "employments.csv"})
    void aMissingRequiredFileIsAnError(String file) {
        List<Problem> problems = TestBundle.minimal().without(file).problems(dir);

        // Other files may refer to the missing one's rows; the missing file itself is reported at its line 1.
        assertThat(in(problems, file)).singleElement().satisfies(at(file, 1, "-", "required file is missing"));
    }

    @Test
    void aMissingAuthorityFileIsTheOnlyProblem() {
        assertThat(TestBundle.minimal().without("authority.csv").problems(dir))
                .singleElement().satisfies(at("authority.csv", 1, "-", "required file is missing"));
    }

    @Test
    void anUnknownCsvFileAtTheRootIsAnError() {
        List<Problem> problems = TestBundle.minimal()
                .lines("staff.csv", "worker_id,name", "W1,Alex")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("staff.csv", 1, "-", "not a file of the bundle format"));
    }

    @Test
    void aMisnamedCsvFileIsAnErrorWithAHint() {
        // A misnamed file must not be read as, nor silently replace, the file it was meant to be.
        List<Problem> problems = TestBundle.minimal()
                .lines("team.csv", "team_id,name,service,locality", "T9,Lost team,other,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("team.csv", 1, "-", "teams.csv"));
    }

    @Test
    void filesWithOtherExtensionsAndSubFoldersAreIgnored() throws Exception {
        Register register = TestBundle.minimal()
                .text("README.txt", "exported from the HR system")
                .text("notes.xlsx", "not a spreadsheet")
                .lines("old/teams.csv", "team_id,name,service,locality", "T9,Old team,other,")
                .lines("old/staff.csv", "anything,at,all")
                .read(dir);

        assertThat(register.teams()).extracting(Team::teamId).containsExactlyInAnyOrder("T1", "T2");
    }

    // ---- encoding ----------------------------------------------------------------------------------------

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws Exception {
        TestBundle bundle = TestBundle.minimal();
        byte[] text = bundle.text("teams.csv").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(text);

        Register register = bundle.bytes("teams.csv", withBom.toByteArray()).read(dir);

        // The first column is still team_id, not "\uFEFFteam_id".
        assertThat(register.teams()).extracting(Team::teamId).containsExactlyInAnyOrder("T1", "T2");
    }

    @Test
    void textThatIsNotUtf8IsAnErrorAtItsLine() {
        TestBundle bundle = TestBundle.minimal().worker("W4");
        // Line 5, the new worker's row, saved as Windows-1252: "Renée" with é as the single byte 0xE9.
        String text = bundle.text("workers.csv").replace("FamilyW4", "Ren\u00e9e");
        List<Problem> problems = bundle.bytes("workers.csv", text.getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .problems(dir);

        assertThat(in(problems, "workers.csv")).singleElement().satisfies(at("workers.csv", 5, "-", "UTF-8"));
    }

    @Test
    void textThatIsNotUtf8FarIntoAFileDropsTheRowsReadBeforeIt() {
        // The text is decoded as it is parsed: rows before the bad byte (here 3,000 repeats of W1, each a
        // duplicate worker_id) are already typed when it is met, and must be dropped with the rest of the file.
        StringBuilder text = new StringBuilder(TestBundle.minimal().text("workers.csv"));
        for (int i = 0; i < 3000; i++) {
            text.append("W1,SW1001,Smith,Alex,,,,,\r\n");
        }
        text.append("W9,SW1009,Ren\u00e9e,Kim,,,,,\r\n");
        int badLine = 5 + 3000;
        List<Problem> problems = TestBundle.minimal()
                .bytes("workers.csv", text.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .problems(dir);

        assertThat(in(problems, "workers.csv")).singleElement().satisfies(at("workers.csv", badLine, "-", "UTF-8"));
    }

    @Test
    void nonAsciiUtf8TextIsRead() throws Exception {
        Register register = TestBundle.minimal().cell("workers.csv", 2, "family_name", "Ren\u00e9e-\u0141\u00f3d\u017a").read(dir);

        assertThat(register.workers()).extracting(Worker::familyName).contains("Ren\u00e9e-\u0141\u00f3d\u017a");
    }

    // ---- CSV form ----------------------------------------------------------------------------------------

    @Test
    void rfc4180QuotingIsRead() throws Exception {
        Register register = TestBundle.minimal()
                .row("teams.csv", "T3,\"Court, \"\"North\"\" and South\",court,\"Line one\nline two\"")
                .read(dir);

        assertThat(register.teams()).filteredOn(team -> team.teamId().equals("T3")).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo("Court, \"North\" and South");
            assertThat(team.locality()).isEqualTo("Line one\nline two");
        });
    }

    @Test
    void malformedQuotingIsAnError() {
        // Line 4: a closing quote followed by more text.
        List<Problem> problems = TestBundle.minimal()
                .row("teams.csv", "T3,\"Court\" North,court,")
                .problems(dir);

        assertThat(in(problems, "teams.csv")).singleElement().satisfies(at("teams.csv", 4, "-", "not valid CSV"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        // Line 4 opens a quote that is never closed; line 5 is a team of its own.
        List<Problem> problems = TestBundle.minimal()
                .row("teams.csv", "T3,Court,court,\"North", "T4,Fostering,fostering,South")
                .problems(dir);

        assertThat(in(problems, "teams.csv")).singleElement().satisfies(at("teams.csv", 4, "-", "not valid CSV"));
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalColumnsMayBeLeftOut() throws Exception {
        Register register = TestBundle.minimal()
                .lines("authority.csv", "name,la_code", "Test Council,999")
                .lines("teams.csv", "service,name,team_id", "assessment,Assessment North,T1", "other,Children in Care,T2")
                .read(dir);

        assertThat(register.authority()).isEqualTo(new Authority("999", "Test Council", null));
        assertThat(register.teams()).extracting(Team::teamId, Team::service)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("T1", ServiceArea.ASSESSMENT),
                        org.assertj.core.groups.Tuple.tuple("T2", ServiceArea.OTHER));
    }

    @Test
    void aMissingRequiredColumnIsAnError() {
        List<Problem> problems = TestBundle.minimal()
                .lines("authority.csv", "la_code,region_code", "999,E12000006")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 1, "name", "required column is missing"));
    }

    @Test
    void anUnknownColumnIsAnError() {
        List<Problem> problems = TestBundle.minimal()
                .lines("authority.csv", "la_code,name,region_code,mayor", "999,Test Council,E12000006,Someone")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 1, "mayor", "unknown column"));
    }

    @Test
    void aMisspeltColumnIsBothUnknownAndMissing() {
        List<Problem> problems = TestBundle.minimal()
                .replace("supervisions.csv", "minutes", "mins")
                .problems(dir);

        assertThat(problems).hasSize(2)
                .anySatisfy(at("supervisions.csv", 1, "mins", "unknown column"))
                .anySatisfy(at("supervisions.csv", 1, "minutes", "required column is missing"));
    }

    @Test
    void aDuplicateColumnIsAnError() {
        List<Problem> problems = TestBundle.minimal()
                .lines("authority.csv", "la_code,name,name", "999,Test Council,Other name")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("authority.csv", 1, "name", "twice"));
    }

    @Test
    void aRowWithTooFewFieldsIsAnError() {
        List<Problem> problems = TestBundle.minimal().row("teams.csv", "T3,Court,court").problems(dir);

        assertThat(problems).singleElement().satisfies(at("teams.csv", 4, "-", "3 fields", "header has 4"));
    }

    @Test
    void aRowWithTooManyFieldsIsAnError() {
        List<Problem> problems = TestBundle.minimal().row("teams.csv", "T3,Court,court,North,extra").problems(dir);

        assertThat(problems).singleElement().satisfies(at("teams.csv", 4, "-", "5 fields", "header has 4"));
    }

    @Test
    void anEmptyFileIsAnError() {
        List<Problem> problems = TestBundle.minimal().text("supervisions.csv", "").problems(dir);

        assertThat(problems).singleElement().satisfies(at("supervisions.csv", 1, "-", "header"));
    }

    @Test
    void aFileWithAHeaderOnlyHasNoRows() throws Exception {
        Register register = TestBundle.minimal().lines("supervisions.csv", TestBundle.HEADERS.get("supervisions.csv")).read(dir);

        assertThat(register.supervisions()).isEmpty();
        assertThat(register.has(BundleFile.SUPERVISIONS)).isTrue();
    }

    @Test
    void windowsLineEndingsAreRead() throws Exception {
        TestBundle bundle = TestBundle.minimal();
        bundle.text("teams.csv", bundle.text("teams.csv").replace("\n", "\r\n"));

        assertThat(bundle.read(dir).teams()).extracting(Team::locality).containsExactlyInAnyOrder("North", null);
    }

    // ---- reporting ---------------------------------------------------------------------------------------

    @Test
    void everyProblemIsReportedInOneRun() {
        List<Problem> problems = TestBundle.minimal()
                .cell("teams.csv", 3, "service", "social_care")
                .cell("workers.csv", 2, "gender", "3")
                .cell("supervisions.csv", 2, "minutes", "0")
                .problems(dir);

        assertThat(problems).satisfiesExactly(
                at("teams.csv", 3, "service", "'social_care'"),
                at("workers.csv", 2, "gender", "'3'"),
                at("supervisions.csv", 2, "minutes", "'0'"));
    }

    @Test
    void everyProblemOfOneFileIsReported() {
        List<Problem> problems = TestBundle.minimal()
                .row("teams.csv", "T3,Court,courts,", "T4,,court,", "T5,Fostering,fostering,")
                .cell("teams.csv", 2, "service", "")
                .problems(dir);

        assertThat(problems).satisfiesExactly(
                at("teams.csv", 2, "service", "a value is required"),
                at("teams.csv", 4, "service", "'courts'"),
                at("teams.csv", 5, "name", "a value is required"));
    }

    @Test
    void problemsAreSortedByFileThenLine() {
        // Made in reverse order: the last file first, and later lines before earlier ones. (authority, teams,
        // workers: the order of the format's table, of reading, and of the alphabet alike.)
        List<Problem> problems = TestBundle.minimal()
                .worker("W4").cell("workers.csv", 5, "gender", "7")
                .cell("workers.csv", 3, "start_origin", "12")
                .row("teams.csv", "T3,Court,court,", "T4,Adoption,adoptions,")
                .cell("teams.csv", 2, "service", "intake")
                .cell("authority.csv", 2, "la_code", "99")
                .problems(dir);

        assertThat(problems).satisfiesExactly(
                at("authority.csv", 2, "la_code", "'99'"),
                at("teams.csv", 2, "service", "'intake'"),
                at("teams.csv", 5, "service", "'adoptions'"),
                at("workers.csv", 3, "start_origin", "'12'"),
                at("workers.csv", 5, "gender", "'7'"));
    }

    @Test
    void eachFilesProblemsComeTogetherInLineOrder() {
        // Problems in seven files, each made bottom-up.
        List<Problem> problems = TestBundle.minimal()
                .row("supervisions.csv", "W1,W2,2024-03-01,group,0")
                .cell("supervisions.csv", 2, "kind", "coaching")
                .allocation("C1,W2,primary,2024-03-01,,")
                .cell("cases.csv", 2, "category", "cin")
                .cell("absences.csv", 2, "reason", "SICK")
                .cell("employments.csv", 4, "fte", "2")
                .cell("employments.csv", 2, "end_reason", "1")
                .post("P2,T9,social_worker,1,2020-01-01,")
                .cell("teams.csv", 3, "service", "x")
                .problems(dir);

        assertThat(problems).hasSize(9);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            if (files.isEmpty() || !files.get(files.size() - 1).equals(problem.file())) {
                assertThat(files).as("the problems of %s all together", problem.file()).doesNotContain(problem.file());
                files.add(problem.file());
            } else {
                assertThat(problem.line()).as("line order within %s", problem.file())
                        .isGreaterThanOrEqualTo(problems.get(i - 1).line());
            }
        }
        assertThat(files).containsExactlyInAnyOrder("teams.csv", "posts.csv", "employments.csv", "absences.csv",
                "cases.csv", "allocations.csv", "supervisions.csv");
    }

    @Test
    void linesAreTheFilesOwnLinesEvenAfterACellSpanningTwo() {
        // T3's quoted locality spans lines 4 and 5, so T4 is on line 6.
        List<Problem> problems = TestBundle.minimal()
                .row("teams.csv", "T3,Court,court,\"North\nand South\"", "T4,Adoption,adoptions,")
                .problems(dir);

        assertThat(problems).singleElement().satisfies(at("teams.csv", 6, "service", "'adoptions'"));
    }

    @Test
    void theReportHasOneProblemALineInTheReportForm() {
        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.read(
                TestBundle.minimal().cell("teams.csv", 3, "service", "social_care").cell("workers.csv", 2, "gender", "3")
                        .writeFolder(dir)));

        assertThat(refused.report().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("teams.csv:3: service: 'social_care'"),
                line -> assertThat(line).startsWith("workers.csv:2: gender: '3'"));
    }

    // ---- using the register while the rules across files are checked ---------------------------------------

    @Test
    void aValidBundleGivesWhatTheUseMakesOfItsRegister() throws Exception {
        Path folder = TestBundle.minimal().writeFolder(dir);

        List<String> workers = Bundles.read(folder, register -> register.workers().stream().map(Worker::workerId).toList());

        assertThat(workers).containsExactlyInAnyOrder("W1", "W2", "W3");
    }

    @Test
    void aBundleBreakingARuleAcrossFilesIsRefusedWhateverTheUseDid() {
        // Typed cleanly, so the use starts; the unknown worker is found only by the rules across files.
        Path folder = TestBundle.minimal().cell("absences.csv", 2, "worker_id", "W9").writeFolder(dir);

        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.read(folder, register -> {
                    throw new IllegalStateException("the use met a register that breaks the rules");
                }));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(at("absences.csv", 2, "worker_id", "'W9'"));
    }

    @Test
    void aFailingUseOfAValidBundleIsNotHidden() {
        Path folder = TestBundle.minimal().writeFolder(dir);

        assertThatThrownBy(() -> Bundles.read(folder, register -> {
            throw new IllegalArgumentException("no such date");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no such date");
    }

    // ---- folders and zips --------------------------------------------------------------------------------

    @Test
    void aFolderWhoseFilesSitInASubFolderReportsTheMissingFilesWithAHint() {
        TestBundle nested = TestBundle.empty();
        TestBundle minimal = TestBundle.minimal();
        for (String file : List.of("authority.csv", "teams.csv", "workers.csv", "employments.csv")) {
            nested.text("export/" + file, minimal.text(file));
        }

        assertThat(nested.problems(dir)).hasSize(4)
                .allSatisfy(problem -> assertThat(problem.message()).contains("required file is missing", "export"));
    }

    @Test
    void aZipWithTheFilesAtItsRootIsABundle() throws Exception {
        TestBundle bundle = TestBundle.minimal().text("README.txt", "ignored").lines("extra/more.csv", "a,b");

        Register fromBytes = Bundles.readZip("upload.zip", bundle.zip());
        Register fromFile = Bundles.read(bundle.writeZip(dir, "bundle.zip"));

        assertThat(fromBytes).isEqualTo(bundle.read(dir));
        assertThat(fromFile).isEqualTo(fromBytes);
    }

    @Test
    void aZipIsCheckedLikeAFolder() {
        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class, () -> Bundles.readZip("upload.zip",
                TestBundle.minimal().cell("teams.csv", 3, "service", "social_care").zip()));

        assertThat(refused.problems()).singleElement().satisfies(at("teams.csv", 3, "service", "'social_care'"));
    }

    @Test
    void aZipWhoseFilesSitInASubFolderReportsTheMissingFilesWithAHint() {
        InvalidBundleException refused = catchThrowableOfType(InvalidBundleException.class,
                () -> Bundles.readZip("upload.zip", TestBundle.minimal().zip("bundle/")));

        assertThat(refused).as("no register").isNotNull();
        assertThat(refused.problems()).satisfiesExactly(
                at("authority.csv", 1, "-", "required file is missing", "bundle", "root"),
                at("teams.csv", 1, "-", "required file is missing", "bundle", "root"),
                at("workers.csv", 1, "-", "required file is missing", "bundle", "root"),
                at("employments.csv", 1, "-", "required file is missing", "bundle", "root"));
    }
}
