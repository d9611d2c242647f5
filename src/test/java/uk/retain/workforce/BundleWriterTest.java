package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    Path folder;

    /** Cells that need quoting, empty optional cells, decimals that must stay plain, codes of every kind. */
    private static Register awkwardRegister() {
        LocalDate day = LocalDate.of(2024, 1, 31);
        return new Register(
                new Authority("999", "Example, \"Test\" Council", null),
                List.of(new Team("T1", "Front door, county-wide", ServiceArea.FRONT_DOOR, null),
                        new Team("T2", "Court\nand proceedings", ServiceArea.COURT, "North")),
                List.of(new Worker("W1", new SweNumber("SW0012"), "O'Brien", "Zoë", LocalDate.of(2010, 7, 1),
                                LocalDate.of(1985, 2, 3), 2, "WBRI", 2),
                        new Worker("W2", new SweNumber("SW13"), "Smith", "Sam", null, null, null, null, null)),
                List.of(new Employment("W1", Contract.PERMANENT, JobRole.SENIOR_SOCIAL_WORKER, "T1", "P1",
                                new BigDecimal("0.50"), day, LocalDate.of(2024, 6, 30), 1, 3),
                        new Employment("W2", Contract.AGENCY, JobRole.SOCIAL_WORKER, "T2", "P1", BigDecimal.ONE, day,
                                null, null, null)),
                List.of(new Post("P1", "T1", JobRole.SOCIAL_WORKER, new BigDecimal("1.0"), LocalDate.of(2020, 4, 1), null)),
                List.of(new Absence("W1", day, day.plusDays(2), AbsenceReason.SIC, new BigDecimal("1.5")),
                        new Absence("W1", day.plusDays(10), day.plusDays(10), AbsenceReason.TRN, null)),
                List.of(new Case("K1", "C000001", "F1", CaseCategory.CHILD_PROTECTION, true, day, null),
                        new Case("K2", "C000002", null, CaseCategory.OTHER, false, day, day.plusDays(5))),
                List.of(new Allocation("K1", "W1", AllocationRole.PRIMARY, day, LocalDate.of(2024, 6, 30), ChangeReason.WORKER_LEFT),
                        new Allocation("K1", "W2", AllocationRole.CO_WORKER, day, null, null)),
                List.of(new Supervision("W1", "W2", day, SupervisionKind.REFLECTIVE, 90)),
                EnumSet.allOf(BundleFile.class));
    }

    @Test
    void aFolderReadsBackAsTheSameRegister() throws Exception {
        Register register = awkwardRegister();

        BundleWriter.writeFolder(register, folder);

        assertThat(Bundles.read(folder)).isEqualTo(register);
    }

    @Test
    void aZipReadsBackAsTheSameRegister() throws Exception {
        Register register = awkwardRegister();
        Path zip = folder.resolve("bundle.zip");

        BundleWriter.writeZip(register, zip);

        assertThat(Bundles.read(zip)).isEqualTo(register);
    }

    @Test
    void onlyTheFilesTheRegisterHasAreWritten() throws Exception {
        Register full = awkwardRegister();
        Register required = Register.of(full.authority()).teams(full.teams()).workers(full.workers())
                .employments(List.of(new Employment("W1", Contract.PERMANENT, JobRole.SOCIAL_WORKER, "T1", null, BigDecimal.ONE,
                        LocalDate.of(2024, 1, 1), null, null, null)))
                .build();

        BundleWriter.writeFolder(required, folder);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("authority.csv", "employments.csv", "teams.csv", "workers.csv");
        }
        assertThat(Bundles.read(folder)).isEqualTo(required);
    }

    @Test
    void cellsAreQuotedOnlyWhereNeededAndDecimalsStayPlain() throws IOException, InvalidBundleException {
        Register register = awkwardRegister();

        BundleWriter.writeFolder(register, folder);

        assertThat(read("authority.csv")).isEqualTo("la_code,name,region_code,history_from\r\n999,\"Example, \"\"Test\"\" Council\",,\r\n");
        assertThat(read("teams.csv")).contains("T2,\"Court\nand proceedings\",court,North\r\n");
        assertThat(read("employments.csv"))
                .startsWith("worker_id,contract,job_role,team_id,fte,start_date,post_id,end_date,end_reason,leaver_destination\r\n")
                .contains("W1,permanent,senior_social_worker,T1,0.50,2024-01-31,P1,2024-06-30,1,3\r\n")
                .contains("W2,agency,social_worker,T2,1,2024-01-31,P1,,,\r\n");
        assertThat(read("cases.csv")).contains("K1,C000001,child_protection,2024-01-31,F1,true,\r\n");
    }

    @Test
    void aDecimalIsNeverWrittenWithAnExponent() throws Exception {
        Register full = awkwardRegister();
        Register register = full.toBuilder().absences(List.of(new Absence("W1", LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 20), AbsenceReason.SIC, new BigDecimal("1E+1")))).build();

        BundleWriter.writeFolder(register, folder);

        assertThat(read("absences.csv")).contains(",SIC,10\r\n");
        assertThat(Bundles.read(folder).absences().get(0).workingDays()).isEqualByComparingTo("10");
    }

    private String read(String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }
}
