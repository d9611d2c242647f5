package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.retain.measures.Measures;
import uk.retain.measures.WorkforceMeasures;

/**
 * The demo's measures on the census days sit where real councils' do. Each range is the tighter of the brief's
 * (turnover 8-20%, agency 5-25%, vacancy 5-25%, caseload 12-22, absence 2-5%) and the 10th to 90th percentile
 * of English councils that year in DfE's indicators file (dfe-csww-indicators-by-la_2017-2025.csv).
 */
class DemoMeasuresTest {

    private static final WorkforceMeasures MEASURES = WorkforceMeasures.of(DemoCouncil.demo());

    @ParameterizedTest(name = "30 September {0}")
    @CsvSource({
            // year, turnover, agency, vacancy, caseload, absence (low-high)
            "2023, 10.2, 20.0, 5.2, 25.0, 5.9, 25.0, 13.2, 18.8, 2.0, 4.9",
            "2024,  9.3, 20.0, 5.0, 25.0, 5.0, 25.0, 12.7, 18.4, 2.0, 5.0",
            "2025,  8.0, 19.5, 5.0, 25.0, 5.0, 25.0, 12.7, 18.1, 2.0, 4.9"})
    void sitWhereRealCouncilsDo(int year, double turnoverLow, double turnoverHigh, double agencyLow, double agencyHigh,
            double vacancyLow, double vacancyHigh, double caseloadLow, double caseloadHigh, double absenceLow,
            double absenceHigh) {
        Measures measures = MEASURES.forAuthority(LocalDate.of(year, 9, 30));

        assertThat(measures.turnoverRateFte()).as("turnover_rate_fte").isBetween(turnoverLow, turnoverHigh);
        assertThat(measures.agencyRateFte()).as("agency_rate_fte").isBetween(agencyLow, agencyHigh);
        assertThat(measures.vacancyRateFte()).as("vacancy_rate_fte").isBetween(vacancyLow, vacancyHigh);
        assertThat(measures.caseloadFte()).as("caseload_fte").isBetween(caseloadLow, caseloadHigh);
        assertThat(measures.absenceRateFte()).as("absence_rate_fte").isBetween(absenceLow, absenceHigh);
        // Agency staff mostly cover vacancies, as in the DfE figures (England 2025: 73.6%).
        assertThat(measures.vacancyAgencyCoverRateFte()).as("vacancy_agency_cover_rate_fte").isBetween(40.0, 100.0);
        assertThat(measures.inpostHeadcount() + measures.agencyHeadcount()).as("social workers").isBetween(220, 280);
    }
}
