package uk.retain.benchmarking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The dates the dashboard offers and opens on: only those the register's history covers (history_from, or the
 * earliest employment when the bundle does not say, which the page says), figures the history rule withholds shown
 * as "not available" and drawn as gaps, never as zeros; and the latest census date DfE has published figures for
 * first, with the way to the authority's own later figures.
 */
class DashboardDatesPageTest extends PageTest {

    /** The latest census date on or before today, as the page works it out. */
    private static final LocalDate LATEST = CensusDates.latest(LocalDate.now(ZoneId.of("Europe/London")));
    /** The last year of DfE's figures shipped with Retain. */
    private static final int PUBLISHED = 2025;

    private void historyFrom(String date) throws Exception {
        importChanged("authority.csv", csv -> "la_code,name,region_code,history_from\n999,Exampleshire,E12000006," + date + "\n");
    }

    @Test
    void theDatesOfferedStartWithTheHistoryFromDate() throws Exception {
        historyFrom("2023-03-01");

        String html = page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR));

        List<String> offered = options(html);
        assertThat(offered).as("newest first, from the first 30 September on or after 1 March 2023")
                .endsWith("2025-09-30", "2024-09-30", "2023-09-30").doesNotContain("2022-09-30", "2018-09-30");
        assertThat(offered.get(0)).isEqualTo(LATEST.toString());
        assertThat(html).contains("The register&#39;s history starts on 1 March 2023: choose one of the years it covers.");
    }

    @Test
    void aFigureOfAYearTheHistoryDoesNotCoverWholeIsNotAvailableNotZero() throws Exception {
        historyFrom("2023-03-01");

        String html = page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR));

        // The year to 30 September 2023 began on 1 October 2022, before the history: no turnover, no absence rate.
        List<List<String>> turnover = Html.table(html, "Turnover rate (%), 2023 to 2025");
        assertThat(turnover.get(0)).as("2023: not available for Exampleshire, DfE's figures beside it")
                .containsExactly("2023", "not available", "16.1", "15.9");
        assertThat(turnover.get(2)).containsExactly("2025", "33.3", "11.5", "11.8");
        assertThat(Html.table(html, "Sickness absence rate (%), 2023 to 2025").get(0)).element(1).isEqualTo("not available");
        assertThat(Html.table(html, "Social workers in post (FTE), 2023 to 2025").get(0))
                .as("a figure on the day is given from the history's first day: W1, W4, TM1").containsExactly("2023", "2.8");

        String on2023 = page("/dashboard?date=2023-09-30", SignedInAs.role(Role.HR));
        assertThat(headline(on2023, "Turnover rate (%)")).element(1).isEqualTo("not available");
        assertThat(headline(on2023, "Sickness absence rate (%)")).element(1).isEqualTo("not available");
        assertThat(headline(on2023, "Social workers in post (FTE)")).element(1).isEqualTo("2.8");
    }

    @Test
    void withoutHistoryFromTheDatesStartWithTheEarliestEmploymentAndThePageSaysSo() throws Exception {
        String html = page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR));

        assertThat(options(html)).as("TM1 started on 1 January 2018").endsWith("2019-09-30", "2018-09-30")
                .doesNotContain("2017-09-30");
        assertThat(html).contains("The register does not say from when its history is complete (history_from in"
                + " authority.csv), so the years offered start with its earliest employment, on 1 January 2018.");
    }

    @Test
    void aYearDfeHasNotPublishedSaysSoInTheTrendTables() throws Exception {
        if (LATEST.getYear() <= PUBLISHED) {
            return; // every year offered is published
        }
        String html = page("/dashboard?date=" + LATEST, SignedInAs.role(Role.HR));

        int first = Math.max(2018, LATEST.getYear() - CensusDates.TREND_YEARS + 1);
        List<List<String>> turnover = Html.table(html, "Turnover rate (%), " + first + " to " + LATEST.getYear());
        assertThat(turnover.get(turnover.size() - 1)).element(0).isEqualTo(Integer.toString(LATEST.getYear()));
        assertThat(turnover.get(turnover.size() - 1)).endsWith("not published", "not published");
    }

    @Test
    void theDashboardOpensOnTheLatestCensusDateDfeHasPublished() throws Exception {
        String html = page("/dashboard", SignedInAs.role(Role.HR));

        LocalDate opening = LATEST.getYear() > PUBLISHED ? LocalDate.of(PUBLISHED, 9, 30) : LATEST;
        assertThat(html).contains("<option value=\"" + opening + "\" selected=\"selected\">");
        assertThat(headline(html, "Turnover rate (%)")).as("the region and England beside the authority")
                .containsExactly("Turnover rate (%)", "33.3", "11.5", "11.8");
        if (LATEST.isAfter(opening)) {
            assertThat(Html.text(between(html, "<div class=\"govuk-inset-text\" id=\"later\">", "</div>")))
                    .isEqualTo("DfE has published its figures up to 30 September 2025, so the dashboard opens on that date."
                            + " Exampleshire's own figures for later dates are in the reference date list. See Exampleshire's"
                            + " figures for " + uk.retain.web.Days.written(LATEST));
            assertThat(html).contains("href=\"/dashboard?la=999&amp;date=" + LATEST + "\"");
            assertThat(page("/dashboard?date=" + LATEST, SignedInAs.role(Role.HR))).as("once chosen, no need to say")
                    .doesNotContain("id=\"later\"");
        }
    }

    @Test
    void aRegisterWhoseHistoryStartsAfterTheLatestCensusDateShowsNoFigures() throws Exception {
        historyFrom(LATEST.plusDays(1).toString());

        String html = page("/dashboard", SignedInAs.role(Role.HR));

        assertThat(html).contains("The register&#39;s history starts on " + uk.retain.web.Days.written(LATEST.plusDays(1))
                + ", after the latest 30 September, so there are no figures to show yet.").doesNotContain("<svg", "id=\"headline\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/09/2025", "2025-02-30", "-999999999-01-01", "2025-10-31", "2015-09-30"})
    void aBadDateIsAnErrorOnTheDateFieldOfThePageForTheOpeningDate(String date) throws Exception {
        String html = mvc.perform(get("/dashboard").param("date", date).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String error = "Select a reference date from the list: 30 September of a year the register covers";
        assertThat(html).contains("<title>Error: Workforce dashboard – Retain</title>")
                .contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
                .contains("<li><a href=\"#date\">" + error + "</a></li>")
                .contains("<div class=\"govuk-form-group govuk-form-group--error\">")
                .contains("<p class=\"govuk-error-message\" id=\"date-error\">")
                .contains("<select class=\"govuk-select govuk-select--error\" id=\"date\" name=\"date\" aria-describedby=\"date-hint date-error\">");
        LocalDate opening = LATEST.getYear() > PUBLISHED ? LocalDate.of(PUBLISHED, 9, 30) : LATEST;
        assertThat(html).as("the figures of the date the dashboard opens on")
                .contains("<option value=\"" + opening + "\" selected=\"selected\">")
                .contains("Headline measures on " + uk.retain.web.Days.written(opening));
    }

    /** The values of the reference date select, in order. */
    private static List<String> options(String html) {
        String select = between(html, "<select class=\"govuk-select\" id=\"date\"", "</select>");
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select);
        List<String> values = new java.util.ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    /** A row of the headline table by its measure's name: the name, then the authority, region and England. */
    private static List<String> headline(String html, String measure) {
        String table = between(html, "<table class=\"govuk-table\" id=\"headline\">", "</table>");
        Matcher row = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new java.util.ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd]\\b[^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(Html.text(cell.group(1)));
            }
            if (!cells.isEmpty() && cells.get(0).equals(measure)) {
                return cells;
            }
        }
        throw new AssertionError("no headline row " + measure);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'" + from + "' in the page").isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
