package uk.retain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;

class PublishedForecastTest {

    private static final PublishedIndicators SHIPPED = PublishedIndicators.fromClasspath();

    @Test
    void theBacktestOnYearsNotGivenHoldsAboutEightInTenAndBeatsOrMatchesTheLastValue() {
        for (int[] run : new int[][] {{2021, 3}, {2022, 2}}) {
            Map<Measure, PublishedBacktest.Score> scores =
                    PublishedBacktest.run(SHIPPED, run[0], run[1], PublishedForecast.DEFAULT_SEED);
            assertThat(scores).containsOnlyKeys(PublishedForecast.MEASURES);
            scores.forEach((measure, score) -> {
                assertThat(score.outcomes()).as("%s outcomes from %s", measure, run[0]).isGreaterThan(250);
                assertThat(score.coverage()).as("%s coverage from %s", measure, run[0]).isBetween(0.70, 0.90);
                assertThat(score.meanError()).as("%s error from %s", measure, run[0])
                        .isLessThanOrEqualTo(score.lastValueError() + 1e-9);
            });
            // The flows' best guess beats the last value, not merely matches it.
            assertThat(scores.get(Measure.LEAVERS_FTE).meanError())
                    .isLessThan(scores.get(Measure.LEAVERS_FTE).lastValueError());
        }
    }

    @Test
    void everyCouncilOfTheLatestYearHasEachLaterYearWithOrderedPercentiles() {
        var forecast = PublishedForecast.of(SHIPPED, 2022, 3, 1);
        assertThat(forecast.councils()).hasSizeGreaterThan(145).containsKey("940 / 941").containsKey("909")
                .doesNotContainKey("928").doesNotContainKey("942");
        forecast.councils().values().forEach(years -> {
            assertThat(years.keySet()).containsExactly(2023, 2024, 2025);
            years.values().forEach(measures -> measures.values().forEach(quantiles -> {
                assertThat(quantiles.p10()).isLessThanOrEqualTo(quantiles.p50()).isGreaterThanOrEqualTo(0);
                assertThat(quantiles.p50()).isLessThanOrEqualTo(quantiles.p90());
            }));
        });
    }

    @Test
    void theBandWidensWithTheYearsAhead() {
        var years = PublishedForecast.of(SHIPPED, 2022, 3, 1).councils().get("201");
        double first = width(years.get(2023).get(Measure.INPOST_FTE));
        double third = width(years.get(2025).get(Measure.INPOST_FTE));
        assertThat(third).isGreaterThan(first);
    }

    @Test
    void theSameSeedGivesTheSameForecastAndAnotherSeedMovesOnlyTheBands() {
        var one = PublishedForecast.of(SHIPPED, 2021, 2, 7);
        assertThat(PublishedForecast.of(SHIPPED, 2021, 2, 7)).isEqualTo(one);
        var other = PublishedForecast.of(SHIPPED, 2021, 2, 8);
        assertThat(other.councils().get("201").get(2022).get(Measure.INPOST_FTE).p50())
                .isEqualTo(one.councils().get("201").get(2022).get(Measure.INPOST_FTE).p50());
    }

    @Test
    void rowsAfterTheLastYearGivenChangeNothing() {
        String header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
                + "region_name,old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,"
                + "starters_headcount,leavers_fte,leavers_headcount,turnover_rate_fte,turnover_rate_headcount,"
                + "agency_fte,agency_headcount,agency_rate_fte,agency_rate_headcount,agency_cover_fte,"
                + "agency_cover_rate_fte,vacancy_fte,vacancy_rate_fte,vacancy_agency_cover_rate_fte,"
                + "case_holders_fte,cases,caseload_fte,working_days_lost_fte,absence_rate_fte\n";
        String early = row(2019, "100", 10, 20) + row(2019, "200", 20, 12) + row(2020, "100", 11, 30)
                + row(2020, "200", 21, 18) + row(2021, "100", 12, 10) + row(2021, "200", 19, 20);
        var without = PublishedForecast.of(parse(header + early), 2021, 2, 3);
        var with = PublishedForecast.of(parse(header + early + row(2022, "100", 99, 90)), 2021, 2, 3);
        assertThat(with).isEqualTo(without);
        // Stocks carry on; flows average the last value with the mean of the last three.
        var first = without.councils().get("100").get(2022);
        assertThat(first.get(Measure.INPOST_FTE).p50()).isEqualTo(12.0);
        assertThat(first.get(Measure.LEAVERS_FTE).p50()).isEqualTo((10.0 + 20.0) / 2);
    }

    @Test
    void aSingleYearStillGivesABandAndAHorizonUnderOneIsRefused() {
        var forecast = PublishedForecast.of(SHIPPED, 2017, 1, 1);
        Quantiles inpost = forecast.councils().get("201").get(2018).get(Measure.INPOST_FTE);
        assertThat(inpost.p10()).isLessThan(inpost.p50());
        assertThat(inpost.p90()).isGreaterThan(inpost.p50());
        assertThatThrownBy(() -> PublishedForecast.of(SHIPPED, 2022, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublishedForecast.of(SHIPPED, 2010, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double width(Quantiles quantiles) {
        return quantiles.p90() - quantiles.p10();
    }

    /** A council row with FTE in post and leavers; the other measures are filled with plausible numbers. */
    private static String row(int year, String code, double inpost, double leavers) {
        return year + ",Reporting year,Local authority,E92000001,England,E12000001,North East," + code + ",E0"
                + code + ",Council " + code + "," + inpost + ",10,1,1," + leavers + ",1," + (100 * leavers / inpost)
                + ",10,2,2,10,10,1,50,1,5,50,8,150,18,100,3" + "\n";
    }

    private static PublishedIndicators parse(String csv) {
        return PublishedIndicators.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }
}
