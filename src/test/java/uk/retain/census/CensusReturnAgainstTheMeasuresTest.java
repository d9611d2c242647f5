package uk.retain.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.retain.demo.DemoCouncil;
import uk.retain.measures.PeopleRandomRegister;
import uk.retain.measures.RandomRegister;
import uk.retain.measures.RegisterMeasures;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/**
 * The census return of a register, written as XML and validated against the schema, agrees with the measures the
 * {@code measures} command prints for the same date ({@link RegisterMeasures#forAuthority}): on the demo council and
 * on random registers full of corners (two rows at once, leaving and coming back, agency cover, sickness across the
 * year's start).
 */
class CensusReturnAgainstTheMeasuresTest {

    private static final Instant NOW = Instant.parse("2026-10-15T09:00:00Z");

    @Test
    void theDemoCouncilsReturnValidatesPassesTheChecksAndAgreesWithTheMeasures() {
        Register demo = DemoCouncil.demo();
        for (int year : List.of(2024, 2025)) {
            CensusReturn census = agreesWithTheMeasures(demo, CensusYear.of(year));
            assertThat(census.workers()).hasSizeGreaterThan(100);
            assertThat(CensusChecks.of(census)).filteredOn(CensusFinding::blocking).isEmpty();
            // The demo records no gender or ethnicity for some agency staff, and keeps that when a locum converts to a
            // permanent post; some record NOBT themselves: those are returned as the census's "not known" and warned
            // of, and only those.
            assertThat(CensusChecks.of(census)).filteredOn(finding -> finding.workerId() != null).allSatisfy(finding -> {
                assertThat(finding.check()).isIn(CensusCheck.GENDER_NOT_KNOWN, CensusCheck.ETHNICITY_NOT_OBTAINED);
                assertThat(demo.workers()).filteredOn(w -> w.workerId().equals(finding.workerId()))
                        .singleElement().satisfies(w -> assertThat(w.gender() == null || w.gender() == 0
                                || w.ethnicity() == null || w.ethnicity().equals("NOBT")).isTrue());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomRegistersGiveReturnsThatValidateAndAgreeWithTheMeasures(long seed) {
        for (int year : List.of(2023, 2024, 2025)) {
            agreesWithTheMeasures(RandomRegister.of(seed, EnumSet.allOf(BundleFile.class)), CensusYear.of(year));
            agreesWithTheMeasures(PeopleRandomRegister.of(seed), CensusYear.of(year));
        }
    }

    @Test
    void withoutPostsTheReturnHasNoVacanciesAndFailsThatCheckRatherThanGuess() {
        Register register = RandomRegister.of(3, EnumSet.complementOf(EnumSet.of(BundleFile.POSTS)));
        CensusReturn census = CensusReturns.of(register, CensusYear.of(2025), NOW);
        assertThat(census.numberOfVacancies()).isNull();
        assertThat(CensusChecks.of(census)).extracting(CensusFinding::check).contains(CensusCheck.VACANCIES_NOT_GIVEN);
    }

    /** The random registers leave SWE numbers out (the measures do not need them); a return does. */
    static Register withSweNumbers(Register register) {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < register.workers().size(); i++) {
            Worker w = register.workers().get(i);
            workers.add(w.sweNumber() != null ? w : new Worker(w.workerId(), new SweNumber("SW" + (1000 + i)), w.familyName(),
                    w.givenName(), w.qualifiedOn(), w.dateOfBirth(), w.gender(), w.ethnicity(), w.startOrigin()));
        }
        return register.toBuilder().workers(workers).build();
    }

    private static CensusReturn agreesWithTheMeasures(Register unnumbered, CensusYear year) {
        Register register = withSweNumbers(unnumbered);
        CensusReturn census = CensusReturns.of(register, year, NOW);
        String where = register.authority().laCode() + " " + register.workers().size() + " workers, " + year;
        if (census.workers().isEmpty()) {
            return census;
        }
        byte[] xml = CensusXml.write(census);
        if (census.numberOfVacancies() == null) {
            // Without posts the return cannot be made whole, and the schema says so as the checks do.
            assertThat(CensusXml.validate(xml)).as(where).extracting(CensusXml.SchemaError::message)
                    .anySatisfy(message -> assertThat(message).contains("NumberOfVacancies"));
        } else {
            assertThat(CensusXml.validate(xml)).as(where).isEmpty();
        }

        Map<String, Object> measures = RegisterMeasures.of(register).forAuthority(year.referenceDate());
        if (census.historyIncomplete()) {
            // The measures of a year the history does not cover are null; the return is stopped by its check.
            assertThat(CensusChecks.of(census)).extracting(CensusFinding::check).contains(CensusCheck.HISTORY_INCOMPLETE);
            return census;
        }
        if (measures.get("vacancy_fte") != null) {
            assertThat(census.numberOfVacancies()).as(where).isEqualByComparingTo(twoPlaces(measures.get("vacancy_fte")));
        }
        assertThat(census.noAgencyFte()).as(where).isEqualByComparingTo(twoPlaces(measures.get("agency_fte")));
        assertThat(census.noAgencyHeadcount()).as(where).isEqualTo(measures.get("agency_headcount"));

        List<CensusWorker> nonAgency = census.workers().stream().filter(w -> !w.agencyWorker()).toList();
        double inpostFte = nonAgency.stream().mapToDouble(w -> w.fte().doubleValue()).sum();
        assertThat(inpostFte).as(where + " inpost_fte").isCloseTo((Double) measures.get("inpost_fte"), within(1e-6));
        assertThat(nonAgency.stream().filter(w -> w.fte().signum() > 0).count()).as(where + " inpost_headcount")
                .isEqualTo(((Integer) measures.get("inpost_headcount")).longValue());
        assertThat(census.workers()).as(where).allSatisfy(w -> {
            if (w.leaver()) {
                assertThat(w.fte()).isEqualByComparingTo(BigDecimal.ZERO);
            }
        });

        if (measures.get("cases") != null) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> byWorker = (List<Map<String, Object>>) measures.get("caseload_by_worker");
            int held = byWorker.stream().mapToInt(entry -> (Integer) entry.get("cases")).sum();
            assertThat(census.workers().stream().mapToInt(w -> w.cases30() == null ? 0 : w.cases30()).sum())
                    .as(where + " cases").isEqualTo(held);
            double caseHoldersFte = census.workers().stream().mapToDouble(w -> w.fte30() == null ? 0 : w.fte30().doubleValue()).sum();
            assertThat(caseHoldersFte).as(where + " case_holders_fte")
                    .isCloseTo((Double) measures.get("case_holders_fte"), within(1e-6));
        }
        if (measures.get("working_days_lost_fte") != null) {
            double lost = census.workers().stream()
                    .mapToDouble(w -> w.workingDaysLost() == null ? 0 : w.workingDaysLost().doubleValue()).sum();
            assertThat(lost).as(where + " working_days_lost_fte")
                    .isCloseTo((Double) measures.get("working_days_lost_fte"), within(0.005 * census.workers().size() + 1e-9));
        }
        return census;
    }

    private static BigDecimal twoPlaces(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
