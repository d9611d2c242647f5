package uk.retain.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.retain.census.CensusStarts.CensusStart;
import uk.retain.census.CensusStarts.StartNote;
import uk.retain.demo.DemoCouncil;
import uk.retain.measures.Measures;
import uk.retain.measures.RandomRegister;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * A census return turned into a starting bundle (decision 0035): the bundle reads back valid through the normal
 * reader, the notes are exactly the documented ones, and the measures of the register on the return's date agree with
 * what the return's records say (in post, agency, starters, leavers), on the liia-tools sample, the demo council's
 * own return and random registers' returns.
 */
class CensusStartsTest {

    @TempDir
    Path temp;

    private static byte[] sample() throws IOException {
        try (InputStream in = CensusStartsTest.class.getResourceAsStream("/census/dfe-csww-census-sample-return-2022_liia-tools.xml")) {
            return in.readAllBytes();
        }
    }

    /** The sample's SWE numbers are two random letters and 10 digits (the census pattern); here SW and the same digits. */
    private static byte[] sampleWithSweNumbers() throws IOException {
        return new String(sample(), StandardCharsets.UTF_8).replaceAll("<SWENo>[A-Za-z]{2}", "<SWENo>SW").getBytes(StandardCharsets.UTF_8);
    }

    /** Written through the bundle writer and read back through the normal reader: the register a council would import. */
    private Register writtenAndReadBack(CensusStart start, String name) throws Exception {
        Path zip = temp.resolve(name + ".zip");
        BundleWriter.writeZip(start.register(), zip);
        try {
            return Bundles.read(zip);
        } catch (uk.retain.workforce.InvalidBundleException e) {
            throw new AssertionError(e.report(), e);
        }
    }

    @Test
    void theSamplesRandomLettersAreNoSweNumbersSoEachRecordIsNamedAndLeftOut() throws Exception {
        CensusStart start = CensusStarts.of(CensusXmlReader.read(sample()));

        assertThat(start.refused()).isFalse();
        assertThat(start.notes()).hasSize(30).allSatisfy(note -> assertThat(note.issue()).isEqualTo(StartIssue.SWE_NUMBER_NOT_USABLE));
        assertThat(start.notes().get(0)).isEqualTo(new StartNote(StartIssue.SWE_NUMBER_NOT_USABLE, 1, 20, "Oz2054309383", "Oz2054309383"));
        Register read = writtenAndReadBack(start, "sample");
        assertThat(read.authority().laCode()).isEqualTo("301");
        assertThat(read.workers()).isEmpty();
    }

    @Test
    void theSampleWithSweNumbersReadsBackValidWithExactlyTheDocumentedNotes() throws Exception {
        CensusXmlReader.Read census = CensusXmlReader.read(sampleWithSweNumbers());
        CensusStart start = CensusStarts.of(census);

        Register read = writtenAndReadBack(start, "sample");

        assertThat(read).isEqualTo(start.register());
        assertThat(read.authority().laCode()).isEqualTo("301");
        assertThat(read.authority().historyFrom()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(read.teams()).singleElement().satisfies(team -> assertThat(team.teamId()).isEqualTo(CensusStarts.TEAM_ID));
        assertThat(read.has(BundleFile.POSTS) || read.has(BundleFile.CASES) || read.has(BundleFile.ABSENCES)).isFalse();
        // The synthetic sample was made on 2023-03-28 and dates many roles that day, after its own 30 September 2022:
        // those records are not in the year it returns, and are left out; the rest are decision 0035's defaults.
        assertThat(start.notes()).extracting(note -> note.record() + " " + note.issue().code() + " " + note.value()).containsExactly(
                "1 org_role_defaulted null",
                "2 agency_start_defaulted null",
                "2 leaving_codes_not_a_leaving 10",
                "3 role_end_after_reference_date 2023-03-28",
                "4 role_start_after_reference_date 2023-03-28",
                "5 org_role_defaulted null",
                "6 role_end_after_reference_date 2023-03-28",
                "7 agency_start_defaulted null",
                "7 org_role_defaulted null",
                "8 role_start_after_reference_date 2023-03-28",
                "9 org_role_defaulted null",
                "10 role_end_after_reference_date 2023-03-28",
                "11 agency_start_defaulted null",
                "12 role_end_after_reference_date 2023-03-28",
                "13 role_end_after_reference_date 2023-03-28",
                "14 role_end_after_reference_date 2023-03-28",
                "16 role_start_after_reference_date 2022-10-08",
                "17 role_start_after_reference_date 2023-03-28",
                "18 role_start_after_reference_date 2023-03-28",
                "21 role_start_after_reference_date 2023-03-28",
                "22 role_end_after_reference_date 2023-03-28",
                "23 role_start_after_reference_date 2023-03-28",
                "24 org_role_defaulted null",
                "25 role_end_after_reference_date 2023-03-28",
                "26 role_end_after_reference_date 2023-03-28",
                "28 role_end_after_reference_date 2023-03-28",
                "29 org_role_defaulted null",
                "30 role_end_after_reference_date 2023-03-28");
        assertThat(start.recordsLeftOut()).isEqualTo(18);
        assertThat(read.workers()).hasSize(census.census().workers().size() - (int) start.recordsLeftOut());
        theMeasuresAgreeWithTheRecords(read, census.census(), start);
    }

    @Test
    void theDemoCouncilsOwnReturnStartsARegisterWithTheSameFiguresOnItsDate() throws Exception {
        Register demo = DemoCouncil.demo();
        CensusYear year = CensusYear.of(2025);
        CensusReturn written = CensusReturns.of(demo, year, Instant.parse("2025-10-20T10:00:00Z"));
        CensusXmlReader.Read census = CensusXmlReader.read(CensusXml.write(written));

        CensusStart start = CensusStarts.of(census);
        Register read = writtenAndReadBack(start, "demo");

        // Retain's own return leaves nothing out; only a leaver whose reason is not recorded would be defaulted.
        assertThat(start.notes()).isEmpty();
        assertThat(read.workers()).hasSize(written.workers().size());
        theMeasuresAgreeWithTheRecords(read, census.census(), start);
        Measures before = WorkforceMeasures.of(demo).forAuthority(year.referenceDate());
        Measures after = WorkforceMeasures.of(read).forAuthority(year.referenceDate());
        assertThat(after.inpostHeadcount()).isEqualTo(before.inpostHeadcount());
        assertThat(after.inpostFte()).isCloseTo(before.inpostFte(), within(1e-6));
        assertThat(after.startersHeadcount()).isEqualTo(before.startersHeadcount());
        assertThat(after.leaversHeadcount()).isEqualTo(before.leaversHeadcount());
        // An ASYE worker comes back in ASYE, so next year's return says CFKSSstatus 1 of them again.
        assertThat(read.employments()).filteredOn(e -> e.jobRole() == JobRole.ASYE_SOCIAL_WORKER)
                .hasSize((int) written.workers().stream().filter(w -> w.cfkssStatus().contains(1) && w.orgRole() == 5).count());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomRegistersReturnsStartRegistersThatAgreeWithThem(long seed) throws Exception {
        Register register = CensusReturnAgainstTheMeasuresTest.withSweNumbers(RandomRegister.of(seed, EnumSet.allOf(BundleFile.class)));
        CensusYear year = CensusYear.of(2025);
        CensusXmlReader.Read census = CensusXmlReader.read(CensusXml.write(CensusReturns.of(register, year, Instant.EPOCH)));

        CensusStart start = CensusStarts.of(census);

        // A random register may not record why someone left: that leaver starts as "not known", and nothing else is noted.
        assertThat(start.notes()).allSatisfy(note -> assertThat(note.issue()).isEqualTo(StartIssue.REASON_LEAVE_DEFAULTED));
        theMeasuresAgreeWithTheRecords(writtenAndReadBack(start, "random-" + seed), census.census(), start);
    }

    @Test
    void aReturnWithoutAnAuthorityOrADateStartsNothing() throws Exception {
        String xml = new String(sample(), StandardCharsets.UTF_8).replace("<LEA>301</LEA>", "<LEA>30</LEA>")
                .replace("<ReferenceDate>2022-09-30</ReferenceDate>", "<ReferenceDate>2022-09-29</ReferenceDate>");

        CensusStart start = CensusStarts.of(CensusXmlReader.read(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(start.refused()).isTrue();
        assertThat(start.notes()).extracting(StartNote::issue)
                .containsExactly(StartIssue.LEA_NOT_USABLE, StartIssue.REFERENCE_DATE_NOT_USABLE);
    }

    @Test
    void eachRecordThatCannotMakeARowIsLeftOutAndEachValueOutsideItsListIsDropped() throws Exception {
        CensusReturn census = CensusXmlReader.read(sampleWithSweNumbers()).census();
        CensusWorker base = census.workers().get(0);
        List<CensusWorker> records = List.of(
                record(base, "SW1", false, "0.5", null, null, null, 5),
                record(base, "SW01", false, "0.5", LocalDate.of(2020, 1, 1), null, null, 5),
                record(base, "SW2", false, "0", LocalDate.of(2020, 1, 1), null, null, 5),
                record(base, "SW3", false, "0", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 3, 31), null, 5),
                record(base, "SW4", true, "0.4", null, null, 3, null),
                record(base, "SW5", false, "1", LocalDate.of(2022, 10, 1), null, null, 5),
                record(base, "XX6", false, "1", LocalDate.of(2020, 1, 1), null, null, 5));
        CensusReturn changed = new CensusReturn(census.year(), census.lea(), census.softwareCode(), census.createdAt(),
                census.numberOfVacancies(), census.noAgencyFte(), census.noAgencyHeadcount(), records, null);

        CensusStart start = CensusStarts.of(new CensusXmlReader.Read(changed, List.of(), List.of(), List.of()));

        assertThat(start.notes()).extracting(note -> note.record() + " " + note.issue().code()).containsExactly(
                "1 role_start_date_missing",
                "2 swe_number_duplicate",
                "3 fte_not_usable",
                "4 reason_leave_defaulted",
                "5 agency_start_defaulted",
                "5 org_role_defaulted",
                "5 leaving_codes_not_a_leaving",
                "6 role_start_after_reference_date",
                "7 swe_number_not_usable");
        assertThat(start.register().employments()).containsExactly(
                new Employment("SW0000000003", Contract.PERMANENT, JobRole.SOCIAL_WORKER, CensusStarts.TEAM_ID, null,
                        java.math.BigDecimal.ONE, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 3, 31), 9, null),
                new Employment("SW0000000004", Contract.AGENCY, JobRole.SOCIAL_WORKER, CensusStarts.TEAM_ID, null,
                        new java.math.BigDecimal("0.4"), LocalDate.of(2022, 9, 30), null, null, null));
        writtenAndReadBack(start, "changed");
    }

    private static CensusWorker record(CensusWorker w, String swe, boolean agency, String fte, LocalDate start, LocalDate end,
            Integer reasonLeave, Integer orgRole) {
        return new CensusWorker(null, agency, swe, new java.math.BigDecimal(fte), w.personBirthDate(), 1, "WBRI", w.qualInst(),
                null, null, orgRole, start, null, end, null, reasonLeave, null, null, null, List.of(), null, List.of(), List.of(), List.of());
    }

    /**
     * The measures of the register on the return's date are what the kept records say: in post, the non-agency records
     * without an end (their FTE adds up); agency, the agency records without an end; starters, the non-agency records
     * starting in the year; leavers, those ending in it.
     */
    private static void theMeasuresAgreeWithTheRecords(Register register, CensusReturn census, CensusStart start) {
        CensusYear year = census.year();
        java.util.Set<Integer> leftOut = new java.util.HashSet<>();
        start.notes().stream().filter(n -> n.issue().effect() == StartIssue.Effect.RECORD_LEFT_OUT).forEach(n -> leftOut.add(n.record()));
        List<CensusWorker> kept = new java.util.ArrayList<>();
        for (int i = 0; i < census.workers().size(); i++) {
            if (!leftOut.contains(i + 1)) {
                kept.add(census.workers().get(i));
            }
        }
        List<CensusWorker> inPost = kept.stream().filter(w -> !w.agencyWorker() && !w.leaver()).toList();
        List<CensusWorker> agency = kept.stream().filter(w -> w.agencyWorker() && !w.leaver()).toList();
        Measures measures = WorkforceMeasures.of(register).forAuthority(year.referenceDate());
        String where = census.lea() + " " + year;
        assertThat(measures.inpostHeadcount()).as(where + " inpost_headcount").isEqualTo(inPost.size());
        assertThat(measures.inpostFte()).as(where + " inpost_fte")
                .isCloseTo(inPost.stream().mapToDouble(w -> w.fte().doubleValue()).sum(), within(1e-6));
        assertThat(measures.agencyHeadcount()).as(where + " agency_headcount").isEqualTo(agency.size());
        assertThat(measures.agencyFte()).as(where + " agency_fte")
                .isCloseTo(agency.stream().mapToDouble(w -> w.fte().doubleValue()).sum(), within(1e-6));
        assertThat(measures.startersHeadcount()).as(where + " starters_headcount").isEqualTo((int) kept.stream()
                .filter(w -> !w.agencyWorker() && w.roleStartDate() != null && !w.roleStartDate().isBefore(year.firstDay())).count());
        assertThat(measures.leaversHeadcount()).as(where + " leavers_headcount").isEqualTo((int) kept.stream()
                .filter(w -> !w.agencyWorker() && w.leaver() && !w.roleEndDate().isBefore(year.firstDay())).count());
    }
}
