package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.retain.census.CensusReturns;
import uk.retain.census.CensusXml;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;

/**
 * The census-bundle command as a user runs it: a return's starting bundle written as a folder or a zip that the
 * bundle reader takes, what it could not carry said at the return's line; exit 2 with the line for a return that
 * cannot be read or has no authority, and nothing written then.
 */
class CensusBundleCommandTest {

    @TempDir
    Path temp;

    private final CommandLineRun command = new CommandLineRun();

    private Path sample(String from, String to) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/census/dfe-csww-census-sample-return-2022_liia-tools.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<SWENo>[A-Za-z]{2}", "<SWENo>SW")
                    .replace(from, to);
            return Files.writeString(temp.resolve("return.xml"), xml);
        }
    }

    @Test
    void writesTheDemoCouncilsReturnAsABundleThatImportsWithItsWorkers() throws Exception {
        Register demo = DemoCouncil.demo();
        Path xml = Files.write(temp.resolve("census-999.xml"),
                CensusXml.write(CensusReturns.of(demo, CensusYear.of(2025), Instant.parse("2025-10-20T10:00:00Z"))));
        Path out = temp.resolve("start.zip");

        int exit = command.run("census-bundle", "--return", xml.toString(), "--out", out.toString());

        assertThat(exit).as(command.err()).isZero();
        Register read = Bundles.read(out);
        assertThat(read.authority().laCode()).isEqualTo("999");
        assertThat(command.out()).contains("Wrote the starting bundle of authority 999", read.workers().size() + " workers", "(0 left out)");
        assertThat(command.err()).isEmpty();
    }

    @Test
    void writesAFolderAndSaysWhatItLeftOutAtTheReturnsLine() throws Exception {
        Path out = temp.resolve("bundle");

        int exit = command.run("census-bundle", "--return", sample("", "").toString(), "--out", out.toString());

        assertThat(exit).as(command.err()).isZero();
        assertThat(Bundles.read(out).workers()).hasSize(12);
        ResourceBundle words = ResourceBundle.getBundle("messages");
        // Record 3 starts at line 59 of the sample; its role ends on the day the synthetic sample was made.
        assertThat(command.err().lines()).contains("warning: return.xml:59: RoleEndDate: "
                + words.getString("census.start.issue.role_end_after_reference_date") + " (record 3, SW8098309864)");
        assertThat(command.err().lines()).filteredOn(line -> line.contains("the 2022 schema")).hasSize(12);
        assertThat(command.out()).contains("12 workers", "from 30 records (18 left out)");
    }

    @Test
    void aReturnWithoutAnAuthorityExits2AndWritesNothing() throws Exception {
        Path out = temp.resolve("bundle.zip");

        int exit = command.run("census-bundle", "--return", sample("<LEA>301</LEA>", "<LEA>Exampleshire</LEA>").toString(),
                "--out", out.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err()).startsWith("return.xml:0: LEA: " + ResourceBundle.getBundle("messages")
                .getString("census.start.issue.lea_not_usable"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatIsNotXmlExits2AtItsLine() throws Exception {
        Path xml = Files.writeString(temp.resolve("return.xml"), "<Message>\n<Header>\n</Message>\n");

        int exit = command.run("census-bundle", "--return", xml.toString(), "--out", temp.resolve("b").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err()).startsWith("return.xml:3: -: the census return is not well-formed XML");
        assertThat(temp.resolve("b")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws Exception {
        Path out = Files.createDirectories(temp.resolve("full"));
        Files.writeString(out.resolve("teams.csv"), "team_id\n");

        int exit = command.run("census-bundle", "--return", sample("", "").toString(), "--out", out.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(command.err()).contains("not empty");
        assertThat(Files.readString(out.resolve("teams.csv"))).isEqualTo("team_id\n");
    }
}
