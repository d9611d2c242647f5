package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import uk.retain.RetainApplication;

/** The import command into a real (H2 file) database, as an HR officer would run it. */
class ImportCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    private String url;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void database() {
        url = "jdbc:h2:file:" + temp.resolve("db/retain") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        System.setProperty("spring.datasource.url", url);
    }

    @AfterEach
    void clear() {
        System.clearProperty("spring.datasource.url");
    }

    private int run(String... args) {
        CommandLine commandLine = RetainCommand.commandLine(RetainApplication.class);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void importsTheBundleIntoTheConfiguredDatabase() throws Exception {
        assertThat(run("import", "--bundle", SMALL.toString())).isZero();

        assertThat(out.toString()).contains("Imported Exampleshire (999), version 1");
        assertThat(count("select count(*) from worker where la_code = '999'")).isEqualTo(5);
        assertThat(count("select count(*) from allocation where la_code = '999'")).isEqualTo(9);

        assertThat(run("import", "--bundle", SMALL.toString())).isZero();
        assertThat(count("select import_version from authority where la_code = '999'")).isEqualTo(2);
        assertThat(count("select count(*) from worker where la_code = '999'")).isEqualTo(5);
    }

    @Test
    void anInvalidBundleTouchesNoDatabase() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("authority.csv"), "la_code,name\n99,Nowhere\n");

        assertThat(run("import", "--bundle", broken.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("authority.csv:2: la_code: '99' is not a DfE 3-digit local authority number")
                .contains("teams.csv:1: -: required file is missing");
        assertThat(Files.exists(temp.resolve("db"))).as("no database was opened").isFalse();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
