package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.retain.RetainApplication;

/** A word that is not a command prints the usage and exits 2; options alone still start the server. */
class UnknownCommandTest {

    @Test
    void aWordThatIsNotACommandIsUnknown() {
        assertThat(RetainCommand.isUnknownCommand(new String[] {"no-such-command"})).isTrue();
        assertThat(RetainCommand.isUnknownCommand(new String[] {"measure", "--bundle", "x"})).isTrue();
        assertThat(RetainCommand.isUnknownCommand(new String[] {"measures", "--bundle", "x"})).isFalse();
        assertThat(RetainCommand.isUnknownCommand(new String[] {"--server.port=8081"})).isFalse();
        assertThat(RetainCommand.isUnknownCommand(new String[] {})).isFalse();
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsTwo() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = RetainCommand.unknownCommand(RetainApplication.class, "no-such-command");
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'no-such-command' is not a command")
                .contains("measures").contains("agency-checks").contains("Usage:");
    }

    @Test
    void theUsageListsEveryCommandThoughARunAddsOnlyTheOneItNames() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = RetainCommand.run(RetainApplication.class, "--help");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"measures", "import", "demo-bundle", "allocate", "bench", "agency-checks",
                "retain-allocations", "census", "forecast-published", "forecast", "regional-return"}) {
            assertThat(usage).as(command).containsPattern("(?m)^  " + command + " ");
            assertThat(RetainCommand.isCommand(new String[] {command})).as(command).isTrue();
        }
    }
}
