package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import uk.retain.demo.DemoCouncil;
import uk.retain.workforce.Bundles;

class DemoBundleCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = RetainCommand.commandLine(Object.class);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void writesTheDemoIntoANewFolder() throws Exception {
        Path bundle = folder.resolve("demo");

        assertThat(run("demo-bundle", "--out", bundle.toString())).isZero();

        assertThat(out.toString()).contains("Exampleshire", "la_code 999");
        assertThat(Bundles.read(bundle)).isEqualTo(DemoCouncil.demo());
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "someone's work");

        assertThat(run("demo-bundle", "--out", folder.toString())).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(err.toString()).contains("already exists and is not empty");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void benchWithoutABenchmarkSaysWhichThereAre() {
        assertThat(run("bench")).isEqualTo(RetainCommand.EXIT_INVALID_INPUT);

        assertThat(err.toString()).contains("bench measures");
    }
}
