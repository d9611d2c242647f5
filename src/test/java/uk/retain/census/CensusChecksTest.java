package uk.retain.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.retain.workforce.CensusYear;

/** Each pre-submission check fails on the record that breaks its rule, and only then. */
class CensusChecksTest {

    private static final CensusYear YEAR = CensusYear.of(2025);

    /** A permanent worker in post since 2020 with every mandatory field: passes every check. */
    private static CensusWorker inPost() {
        return new CensusWorker("W1", false, "SW0000123456", new BigDecimal("0.800000"), LocalDate.of(1980, 1, 2), 2, "WBRI",
                List.of("University of Leeds"), null, null, 5, LocalDate.of(2020, 3, 1), null, null, null, null,
                new BigDecimal("0.800000"), 12, new BigDecimal("3.00"), List.of(), null, List.of(0), List.of(), List.of());
    }

    private static CensusWorker with(UnaryOperator<Object[]> change) {
        CensusWorker base = inPost();
        Object[] fields = Arrays.stream(CensusWorker.class.getRecordComponents()).map(c -> {
            try {
                return c.getAccessor().invoke(base);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toArray();
        Object[] changed = change.apply(fields);
        try {
            return (CensusWorker) CensusWorker.class.getDeclaredConstructors()[0].newInstance(changed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnaryOperator<Object[]> set(String field, Object value) {
        List<String> names = Arrays.stream(CensusWorker.class.getRecordComponents()).map(c -> c.getName()).toList();
        int index = names.indexOf(field);
        assertThat(index).as(field).isNotNegative();
        return fields -> {
            fields[index] = value;
            return fields;
        };
    }

    private static List<CensusCheck> checksOf(CensusWorker... workers) {
        CensusReturn census = new CensusReturn(YEAR, "999", CensusReturn.RETAIN, Instant.EPOCH, new BigDecimal("1.00"),
                BigDecimal.ZERO.setScale(2), 0, List.of(workers), null);
        return CensusChecks.of(census).stream().map(CensusFinding::check).toList();
    }

    @Test
    void aCompleteRecordPassesEveryCheck() {
        assertThat(checksOf(inPost())).isEmpty();
    }

    @Test
    void mandatoryFieldsOfNonAgencyWorkersAreMissedButNotThoseOfAgencyWorkers() {
        assertThat(checksOf(with(set("personBirthDate", null)))).containsExactly(CensusCheck.BIRTH_DATE_MISSING);
        assertThat(checksOf(with(set("genderCurrent", null)))).containsExactly(CensusCheck.GENDER_MISSING);
        assertThat(checksOf(with(set("ethnicity", null)))).containsExactly(CensusCheck.ETHNICITY_MISSING);
        assertThat(checksOf(with(set("orgRole", null)))).containsExactly(CensusCheck.ORG_ROLE_MISSING);
        assertThat(checksOf(with(set("roleStartDate", null)))).containsExactly(CensusCheck.ROLE_START_DATE_MISSING);
        CensusWorker agency = with(fields -> set("ethnicity", null).apply(set("genderCurrent", null)
                .apply(set("personBirthDate", null).apply(set("agencyWorker", true).apply(fields)))));
        assertThat(checksOf(agency)).isEmpty();
    }

    @Test
    void startOriginIsForStartersOnly() {
        CensusWorker starter = with(set("roleStartDate", LocalDate.of(2024, 10, 1)));
        assertThat(checksOf(starter)).containsExactly(CensusCheck.START_ORIGIN_MISSING);
        assertThat(checksOf(with(fields -> set("startOrigin", 2).apply(set("roleStartDate", LocalDate.of(2024, 10, 1)).apply(fields)))))
                .isEmpty();
        assertThat(checksOf(with(set("startOrigin", 2)))).containsExactly(CensusCheck.START_ORIGIN_NOT_STARTER);
    }

    @Test
    void leaverFieldsAreForLeaversOnlyAndALeaverHasNoFte() {
        UnaryOperator<Object[]> leaver = fields -> set("fte", new BigDecimal("0.000000")).apply(
                set("roleEndDate", LocalDate.of(2025, 3, 31)).apply(fields));
        assertThat(checksOf(with(leaver))).containsExactly(CensusCheck.REASON_LEAVE_MISSING);
        assertThat(checksOf(with(fields -> set("reasonLeave", 1).apply(leaver.apply(fields))))).isEmpty();
        assertThat(checksOf(with(set("reasonLeave", 1)))).containsExactly(CensusCheck.LEAVER_FIELDS_NOT_LEAVER);
        assertThat(checksOf(with(set("leaverDestination", 1)))).containsExactly(CensusCheck.LEAVER_FIELDS_NOT_LEAVER);
        assertThat(checksOf(with(fields -> set("reasonLeave", 1).apply(set("roleEndDate", LocalDate.of(2025, 3, 31)).apply(fields)))))
                .containsExactly(CensusCheck.LEAVER_FTE_NOT_ZERO);
        assertThat(checksOf(with(fields -> set("roleEndDate", LocalDate.of(2019, 1, 1)).apply(set("reasonLeave", 1)
                .apply(leaver.apply(fields)))))).containsExactly(CensusCheck.ROLE_END_BEFORE_START);
    }

    @Test
    void fteIsFromZeroToOne() {
        assertThat(checksOf(with(set("fte", new BigDecimal("1.000001"))))).containsExactly(CensusCheck.FTE_OUT_OF_RANGE);
        assertThat(checksOf(with(set("fte30", new BigDecimal("-0.100000"))))).containsExactly(CensusCheck.FTE_OUT_OF_RANGE);
        assertThat(checksOf(with(set("fte", new BigDecimal("1.000000"))))).isEmpty();
    }

    @Test
    void codesMustBeInTheirLists() {
        assertThat(checksOf(with(set("genderCurrent", 3)))).containsExactly(CensusCheck.GENDER_NOT_A_CODE);
        assertThat(checksOf(with(set("ethnicity", "WXYZ")))).containsExactly(CensusCheck.ETHNICITY_NOT_A_CODE);
        UnaryOperator<Object[]> starter = set("roleStartDate", LocalDate.of(2025, 1, 1));
        assertThat(checksOf(with(fields -> set("startOrigin", 11).apply(starter.apply(fields)))))
                .containsExactly(CensusCheck.START_ORIGIN_NOT_A_CODE);
        UnaryOperator<Object[]> leaver = fields -> set("fte", BigDecimal.ZERO).apply(set("roleEndDate", LocalDate.of(2025, 3, 31)).apply(fields));
        assertThat(checksOf(with(fields -> set("reasonLeave", 11).apply(leaver.apply(fields)))))
                .containsExactly(CensusCheck.REASON_LEAVE_NOT_A_CODE);
        assertThat(checksOf(with(fields -> set("leaverDestination", 10).apply(set("reasonLeave", 1).apply(leaver.apply(fields))))))
                .containsExactly(CensusCheck.LEAVER_DESTINATION_NOT_A_CODE);
    }

    @Test
    void aGenderOrEthnicityNotKnownIsWarnedOfWithoutStoppingTheReturn() {
        List<CensusFinding> findings = CensusChecks.of(new CensusReturn(YEAR, "999", CensusReturn.RETAIN, Instant.EPOCH,
                BigDecimal.ONE, BigDecimal.ZERO, 0, List.of(with(fields -> set("ethnicity", "NOBT").apply(set("genderCurrent", 0)
                .apply(fields)))), null));
        assertThat(findings).extracting(CensusFinding::check)
                .containsExactly(CensusCheck.GENDER_NOT_KNOWN, CensusCheck.ETHNICITY_NOT_OBTAINED);
        assertThat(CensusChecks.passes(findings)).isTrue();
        assertThat(checksOf(with(fields -> set("genderCurrent", 0).apply(set("agencyWorker", true).apply(fields))))).isEmpty();
    }

    @Test
    void sweNumbersAreGivenAndUniqueWhateverTheirCase() {
        assertThat(checksOf(with(set("sweNumber", null)))).containsExactly(CensusCheck.SWE_NUMBER_MISSING);
        CensusWorker other = with(set("sweNumber", "sw0000123456"));
        List<CensusFinding> findings = CensusChecks.of(new CensusReturn(YEAR, "999", CensusReturn.RETAIN, Instant.EPOCH,
                BigDecimal.ONE, BigDecimal.ZERO, 0, List.of(inPost(), other), null));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CensusCheck.SWE_NUMBER_DUPLICATE);
            assertThat(finding.record()).isEqualTo(2);
        });
    }

    @Test
    void theWholeReturnsChecksAndTheWarning() {
        CensusReturn noPosts = new CensusReturn(YEAR, "999", CensusReturn.RETAIN, Instant.EPOCH, null, BigDecimal.ZERO, 0,
                List.of(), LocalDate.of(2025, 1, 1));
        assertThat(CensusChecks.of(noPosts)).extracting(CensusFinding::check).containsExactly(CensusCheck.HISTORY_INCOMPLETE,
                CensusCheck.VACANCIES_NOT_GIVEN, CensusCheck.NO_WORKERS);
        List<CensusFinding> placeholder = CensusChecks.of(new CensusReturn(YEAR, "999", CensusReturn.RETAIN, Instant.EPOCH,
                BigDecimal.ONE, BigDecimal.ZERO, 0, List.of(with(set("qualInst", List.of(CensusReturns.QUALIFYING_INSTITUTION_NOT_HELD)))),
                LocalDate.of(2024, 10, 1)));
        assertThat(placeholder).extracting(CensusFinding::check).containsExactly(CensusCheck.QUALIFYING_INSTITUTION_NOT_HELD);
        assertThat(CensusChecks.passes(placeholder)).isTrue();
    }
}
