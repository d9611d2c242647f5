package uk.retain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.RetainApplication;

/**
 * retain-allocations against a real (H2 file) database: the allocations made or ended in Retain since a day, as an
 * allocations.csv of the bundle format, audited; and import, which refuses a bundle that lacks them unless told.
 */
class RetainAllocationsCommandTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    /** 20 November 2026, 10:00 in London (GMT): an allocation made then in Retain. */
    static final Instant MADE = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;

    private String url;
    private final CommandLineRun command = new CommandLineRun(RetainApplication.class);

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:h2:file:" + temp.resolve("db/retain") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        System.setProperty("spring.datasource.url", url);
        assertThat(new CommandLineRun(RetainApplication.class).run("import", "--bundle", SMALL.toString())).isZero();
        // What accepting a recommendation in Retain writes: K5 to W1, and (a reallocation) K1 from W1 to W3.
        update("insert into allocation (la_code, seq, case_id, worker_id, role, start_date, made_by, made_at)"
                + " values ('999', 100, 'K5', 'W1', 'primary', date '2025-10-01', 'tara.manager', ?)", MADE);
        update("update allocation set end_date = date '2025-09-30', change_reason = 'workload_balance', ended_by = 'tara.manager',"
                + " ended_at = ? where la_code = '999' and case_id = 'K1' and worker_id = 'W1'", MADE.plusSeconds(86_400));
        update("insert into allocation (la_code, seq, case_id, worker_id, role, start_date, made_by, made_at)"
                + " values ('999', 101, 'K1', 'W3', 'primary', date '2025-10-01', 'tara.manager', ?)", MADE.plusSeconds(86_400));
    }

    @AfterEach
    void clear() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void writesTheAllocationsMadeOrEndedInRetainSinceADayAsABundleFileAndAuditsIt() throws Exception {
        Path out = temp.resolve("allocations.csv");

        assertThat(command.run("retain-allocations", "--since", "2026-11-20", "--out", out.toString())).isZero();

        assertThat(command.out()).contains("Wrote 3 allocation(s) made or ended in Retain since 2026-11-20 for 999 to " + out);
        assertThat(Files.readString(out)).isEqualTo("case_id,worker_id,role,start_date,end_date,change_reason\r\n"
                + "K1,W1,primary,2025-08-16,2025-09-30,workload_balance\r\n"
                + "K5,W1,primary,2025-10-01,,\r\n"
                + "K1,W3,primary,2025-10-01,,\r\n");
        assertThat(text("select action || ' ' || subject_id || ' ' || detail from audit_event order by id desc limit 1"))
                .isEqualTo("EXPORT allocations.csv made or ended in Retain since 2026-11-20: 3 row(s)");
        assertThat(text("select username from audit_event order by id desc limit 1")).startsWith("command line (");

        Path later = temp.resolve("later.csv");
        assertThat(new CommandLineRun(RetainApplication.class).run("retain-allocations", "--since", "2026-11-21", "--la", "999",
                "--out", later.toString())).isZero();
        assertThat(Files.readAllLines(later)).as("those made or ended on 21 November").hasSize(3);
    }

    @Test
    void anExistingFileAWrongDateOrAnUnknownAuthorityIsRefused() throws Exception {
        Path out = Files.writeString(temp.resolve("allocations.csv"), "keep me");
        assertThat(command.run("retain-allocations", "--since", "2026-11-20", "--out", out.toString())).isEqualTo(2);
        assertThat(command.err()).contains("already exists");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        CommandLineRun wrongDate = new CommandLineRun(RetainApplication.class);
        assertThat(wrongDate.run("retain-allocations", "--since", "20/11/2026", "--out", temp.resolve("a.csv").toString())).isEqualTo(2);
        assertThat(wrongDate.err()).contains("'20/11/2026' is not a date in the form YYYY-MM-DD");

        CommandLineRun unknown = new CommandLineRun(RetainApplication.class);
        assertThat(unknown.run("retain-allocations", "--since", "2026-11-20", "--la", "998", "--out", temp.resolve("b.csv").toString()))
                .isEqualTo(2);
        assertThat(unknown.err()).contains("the database holds no authority 998");
        assertThat(Files.exists(temp.resolve("b.csv"))).isFalse();
    }

    @Test
    void importRefusesABundleThatLacksTheAllocationsMadeInRetainUnlessToldToReplaceThem() throws Exception {
        long version = number("select import_version from authority where la_code = '999'");

        assertThat(command.run("import", "--bundle", SMALL.toString())).isEqualTo(RetainCommand.EXIT_REFUSED);

        assertThat(command.err()).contains("the bundle does not have 2 allocation(s) made in Retain since the last import")
                .contains("case K5: Ann Smith (W1), primary from 2025-10-01, made by tara.manager")
                .contains("case K1: Cal Khan (W3), primary from 2025-10-01, made by tara.manager")
                .contains("--replace-retain-allocations");
        assertThat(number("select import_version from authority where la_code = '999'")).isEqualTo(version);
        assertThat(number("select count(*) from allocation where made_by is not null")).isEqualTo(2);

        CommandLineRun replacing = new CommandLineRun(RetainApplication.class);
        assertThat(replacing.run("import", "--bundle", SMALL.toString(), "--replace-retain-allocations")).isZero();
        assertThat(number("select count(*) from allocation where made_by is not null or ended_by is not null")).isZero();
        assertThat(text("select detail from audit_event where action = 'IMPORT' order by id desc limit 1"))
                .isEqualTo("version " + (version + 1) + "; ended 2 allocation(s) made in Retain");
    }

    @Test
    void importRefusesABundleThatLacksASupervisionSessionRecordedInRetainUnlessToldToDropIt() throws Exception {
        update("insert into supervision (la_code, seq, worker_id, supervisor_id, held_on, kind, minutes, cases_discussed, recorded_by,"
                + " recorded_at) values ('999', 100, 'W1', 'TM1', date '2025-10-03', 'one_to_one', 95, 4, 'eve.manager', ?)", MADE);
        long version = number("select import_version from authority where la_code = '999'");

        // Told to replace the allocations only: the session is still named, and nothing is imported.
        assertThat(command.run("import", "--bundle", SMALL.toString(), "--replace-retain-allocations")).isEqualTo(RetainCommand.EXIT_REFUSED);
        assertThat(command.err()).contains("the bundle does not have 1 supervision session(s) recorded in Retain since the last import")
                .contains("Ann Smith (W1): one_to_one session on 2025-10-03, 95 minutes, recorded by eve.manager")
                .contains("--replace-retain-supervisions");
        assertThat(number("select import_version from authority where la_code = '999'")).isEqualTo(version);

        CommandLineRun replacing = new CommandLineRun(RetainApplication.class);
        assertThat(replacing.run("import", "--bundle", SMALL.toString(), "--replace-retain-allocations",
                "--replace-retain-supervisions")).isZero();
        assertThat(number("select count(*) from supervision where recorded_by is not null")).isZero();
        assertThat(text("select detail from audit_event where action = 'IMPORT' order by id desc limit 1"))
                .isEqualTo("version " + (version + 1) + "; ended 2 allocation(s) made in Retain; dropped 1 supervision session(s) recorded in Retain");
    }

    @Test
    void importRefusesABundleThatLacksAnExitInterviewRecordedInRetainUnlessToldToDropIt() throws Exception {
        // What recording an exit interview on the leaving page writes: the file with the row, and the row's provenance.
        update("insert into capability_file (la_code, file_name, content) values ('999', 'leaving_interviews.csv',"
                + " 'worker_id,held_on,main_reason,other_reasons,would_return,would_recommend' || char(13) || char(10)"
                + " || 'W4,2025-08-01,caseload,pay,false,' || char(13) || char(10))", null);
        update("insert into capability_row_recorded (la_code, file_name, seq, row_cells, recorded_by, recorded_at)"
                + " values ('999', 'leaving_interviews.csv', 0, 'W4,2025-08-01,caseload,pay,false,', 'hanna.hr', ?)", MADE);
        long version = number("select import_version from authority where la_code = '999'");

        assertThat(command.run("import", "--bundle", SMALL.toString(), "--replace-retain-allocations",
                "--replace-retain-supervisions")).isEqualTo(RetainCommand.EXIT_REFUSED);
        assertThat(command.err()).contains("the bundle does not have 1 row(s) recorded in Retain since the last import")
                .contains("leaving_interviews.csv: {worker_id=W4, held_on=2025-08-01, main_reason=caseload, other_reasons=pay,"
                        + " would_return=false, would_recommend=}, recorded by hanna.hr")
                .contains("--replace-retain-records");
        assertThat(number("select import_version from authority where la_code = '999'")).isEqualTo(version);
        assertThat(text("select detail from audit_event where action = 'IMPORT' order by id desc limit 1"))
                .isEqualTo("refused: would drop 1 leaving_interviews.csv row(s) recorded in Retain");

        CommandLineRun replacing = new CommandLineRun(RetainApplication.class);
        assertThat(replacing.run("import", "--bundle", SMALL.toString(), "--replace-retain-allocations",
                "--replace-retain-records")).isZero();
        assertThat(number("select count(*) from capability_row_recorded")).isZero();
        assertThat(text("select detail from audit_event where action = 'IMPORT' order by id desc limit 1"))
                .isEqualTo("version " + (version + 1) + "; ended 2 allocation(s) made in Retain; dropped 1 leaving_interviews.csv row(s) recorded in Retain");
    }

    private void update(String sql, Instant at) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); var statement = connection.prepareStatement(sql)) {
            if (at != null) {
                statement.setTimestamp(1, Timestamp.from(at));
            }
            statement.executeUpdate();
        }
    }

    private long number(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
