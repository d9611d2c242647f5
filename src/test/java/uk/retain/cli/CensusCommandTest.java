package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.retain.census.CensusXml;
import uk.retain.workforce.TestBundle;

/**
 * The census command as a user runs it: the XML written after the schema and the checks; exit 2 on a bad bundle or
 * date, exit 3 with each failed check at the bundle line to fix, and nothing written then.
 */
class CensusCommandTest {

    @TempDir
    Path temp;

    private final CommandLineRun command = new CommandLineRun();

    /** The minimal bundle on 30 September 2024: W1 in post, W2 agency, W3 left on 31 December 2023 (line 4). */
    private static TestBundle passing() {
        return TestBundle.minimal().cell("workers.csv", 4, "date_of_birth", "1980-05-06");
    }

    @Test
    void writesAReturnThatValidatesAndSaysTheWarnings() throws Exception {
        Path out = temp.resolve("census.xml");
        int exit = command.run("census", "--bundle", passing().writeFolder(temp).toString(),
                "--date", "2024-09-30", "--out", out.toString());

        assertThat(exit).as(command.err()).isZero();
        byte[] xml = Files.readAllBytes(out);
        assertThat(CensusXml.validate(xml)).isEmpty();
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("<LEA>999</LEA>", "<SWENo>SW0000001001</SWENo>", "<FTE>1.000000</FTE>",
                "<RoleEndDate>2023-12-31</RoleEndDate>", "<ReasonLeave>3</ReasonLeave>", "<NoAgencyHeadcount>1</NoAgencyHeadcount>");
        // W2 is agency, so not given a personal-details warning; the qualifying institution is warned of once.
        assertThat(command.err().lines()).containsExactly("warning: census:0: -: "
                + java.util.ResourceBundle.getBundle("messages").getString("census.check.qualifying_institution_not_held"));
    }

    @Test
    void aReturnThatWouldNotPassExits3WithTheLineToFixAndWritesNothing() {
        Path out = temp.resolve("census.xml");
        int exit = command.run("census", "--bundle", TestBundle.minimal().writeZip(temp, "b.zip").toString(),
                "--date", "2024-09-30", "--out", out.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(out).doesNotExist();
        assertThat(command.err()).startsWith("workers.csv:4: date_of_birth: Give the worker's date of birth")
                .contains("(worker W3, SW0000001003)");
    }

    @Test
    void aBadBundleExits2WithItsProblems() {
        int exit = command.run("census", "--bundle", TestBundle.minimal().cell("employments.csv", 2, "fte", "2")
                .writeFolder(temp).toString(), "--date", "2024-09-30", "--out", temp.resolve("x.xml").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err()).startsWith("employments.csv:2: fte: ");
        assertThat(temp.resolve("x.xml")).doesNotExist();
    }

    @Test
    void aDateOtherThan30SeptemberExits2() {
        int exit = command.run("census", "--bundle", passing().writeFolder(temp).toString(),
                "--date", "2024-09-29", "--out", temp.resolve("x.xml").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err()).contains("30 September");
    }
}
