package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.RetainApplication;

/** The import command into a real (H2 file) database, as an HR officer would run it. */
class ImportCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    private String url;
    private final CommandLineRun command = new CommandLineRun(RetainApplication.class);

    @BeforeEach
    void database() {
        url = "jdbc:h2:file:" + temp.resolve("db/retain") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        System.setProperty("spring.datasource.url", url);
    }

    @AfterEach
    void clear() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void importsTheBundleIntoTheConfiguredDatabase() throws Exception {
        assertThat(command.run("import", "--bundle", SMALL.toString())).isZero();

        assertThat(command.out()).contains("Imported Exampleshire (999), version 1");
        assertThat(count("select count(*) from worker where la_code = '999'")).isEqualTo(5);
        assertThat(count("select count(*) from allocation where la_code = '999'")).isEqualTo(9);

        assertThat(command.run("import", "--bundle", SMALL.toString())).isZero();
        assertThat(count("select import_version from authority where la_code = '999'")).isEqualTo(2);
        assertThat(count("select count(*) from worker where la_code = '999'")).isEqualTo(5);
    }

    @Test
    void anInvalidBundleTouchesNoDatabase() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("authority.csv"), "la_code,name\n99,Nowhere\n");

        assertThat(command.run("import", "--bundle", broken.toString())).isEqualTo(2);

        assertThat(command.err()).contains("authority.csv:2: la_code: '99' is not a DfE 3-digit local authority number")
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
