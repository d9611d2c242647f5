package uk.retain.benchmarking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The dashboard of the small test bundle (Exampleshire, la_code 999, East of England) on 30 September 2025: its
 * figures, worked out by hand below, beside East of England and England as DfE published them; charts as SVG without
 * inline styles; and who may see it.
 *
 * <p>On 2025-09-30 (year 2024-10-01 to 2025-09-30): in post W1 1.0, W2 0.4 (fixed term), TM1 1.0 = 2.4 FTE; agency
 * W3 1.0, so 1.0 / 3.4 = 29.4%; W4 left on 2025-08-15 with 0.8 FTE, turnover 0.8 / 2.4 = 33.3%; posts P2 and P3 are
 * vacant, 2.0 / 4.4 = 45.5%; cases K1, K2, K4 held by W1, W2, W3 (2.4 FTE), caseload 1.25, shown 1.3 (DfE rounds
 * half up); sickness 4 + 4 + 2.5 × 2/5 × 0.4 = 8.4 days, 8.4 / (2.4 × 253) = 1.4%.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DashboardPageTest {

    private static final String CENSUS_2025 = "/dashboard?date=2025-09-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importSmallBundle() throws Exception {
        if (registers.find("999").isEmpty()) {
            registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"HR", "WORKFORCE_LEAD", "SENIOR_LEADER"})
    void theHeadlineMeasuresStandBesideTheRegionAndEngland(Role role) throws Exception {
        String html = page(CENSUS_2025, SignedInAs.role(role));

        assertThat(headerCells(html)).containsExactly("Measure", "Exampleshire", "East of England", "England");
        assertThat(headline(html, "inpost_fte")).containsExactly("Social workers in post (FTE)", "2.4", "3,396.9", "36,186.3");
        assertThat(headline(html, "turnover_rate_fte")).containsExactly("Turnover rate (%)", "33.3", "11.5", "11.8");
        assertThat(headline(html, "agency_rate_fte")).containsExactly("Agency worker rate (%)", "29.4", "9.5", "13.0");
        assertThat(headline(html, "vacancy_rate_fte")).containsExactly("Vacancy rate (%)", "45.5", "11.1", "14.2");
        assertThat(headline(html, "caseload_fte"))
                .containsExactly("Average caseload (cases per case-holding FTE)", "1.3", "14.5", "15.2");
        assertThat(headline(html, "absence_rate_fte")).containsExactly("Sickness absence rate (%)", "1.4", "2.9", "3.5");
    }

    @Test
    void aNewVersionOfTheRegisterIsShownAtOnceThoughDashboardsAreKept(@org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        Path small = Path.of("src/test/resources/bundles/small");
        assertThat(headline(page(CENSUS_2025, SignedInAs.role(Role.HR)), "inpost_fte")).element(1).isEqualTo("2.4");
        try (var files = java.nio.file.Files.list(small)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path employments = copy.resolve("employments.csv");
        java.nio.file.Files.writeString(employments, java.nio.file.Files.readString(employments)
                .replace("TM1,permanent,team_manager,T1,P4,1,2018-01-01", "TM1,permanent,team_manager,T1,P4,0.5,2018-01-01"));
        try {
            registers.replace(Bundles.read(copy));

            // TM1 now at 0.5 FTE: 1.0 + 0.4 + 0.5.
            assertThat(headline(page(CENSUS_2025, SignedInAs.role(Role.HR)), "inpost_fte")).element(1).isEqualTo("1.9");
        } finally {
            registers.replace(Bundles.read(small));
        }
        assertThat(headline(page(CENSUS_2025, SignedInAs.role(Role.HR)), "inpost_fte")).element(1).isEqualTo("2.4");
    }

    @Test
    void everyChartIsAnAccessibleSvgWithNoInlineStyleAnywhereInThePage() throws Exception {
        String html = page(CENSUS_2025, SignedInAs.role(Role.HR));

        assertThat(html).doesNotContain("style=\"", "style='", "<style");
        List<String> svgs = matches(html, "<svg[^>]*>");
        assertThat(svgs).as("six trends, caseloads, experience, mix").hasSize(9)
                .allSatisfy(svg -> assertThat(svg).contains("role=\"img\"").contains("aria-labelledby=\""));
        for (String id : List.of("trend-turnover-rate-fte", "caseloads", "experience", "mix")) {
            assertThat(html).contains("aria-labelledby=\"" + id + "-title\"").contains("<title id=\"" + id + "-title\">");
        }
        assertThat(html).contains("<title id=\"trend-turnover-rate-fte-title\">Turnover rate (%), 2018 to 2025</title>");
    }

    @Test
    void eachChartHasItsNumbersInATable() throws Exception {
        String html = page(CENSUS_2025, SignedInAs.role(Role.HR));

        String turnover = figure(html, "trend-turnover-rate-fte");
        assertThat(rowCells(turnover, "2025")).containsExactly("33.3", "11.5", "11.8");
        assertThat(rowCells(turnover, "2017")).as("the register's earliest employment starts in 2018").isEmpty();
        assertThat(rowCells(turnover, "2024")).as("DfE's East of England and England in 2024").endsWith("13.5", "13.9");

        String inPost = figure(html, "trend-inpost-fte");
        assertThat(cells(inPost, "th").subList(0, 2)).as("the region's and England's FTE are totals: not charted")
                .containsExactly("Year", "Exampleshire");
        assertThat(rowCells(inPost, "2025")).containsExactly("2.4");

        String caseloads = figure(html, "caseloads");
        assertThat(svgText(caseloads)).as("the 20-case line's label, wrapped to fit").contains("Over 20 cases means reactive work");
        assertThat(rowCells(caseloads, "0 to 5")).containsExactly("4");
        assertThat(rowCells(caseloads, "21 to 25")).containsExactly("0");
        assertThat(html).contains("Workers holding more than 20 cases: 0");

        String experience = figure(html, "experience");
        assertThat(rowCells(experience, "Under 2")).containsExactly("1");
        assertThat(rowCells(experience, "2 to 4")).containsExactly("0");
        assertThat(rowCells(experience, "10 to 19")).containsExactly("1");
        assertThat(rowCells(experience, "20 or more")).containsExactly("1");

        String mix = figure(html, "mix");
        assertThat(rowCells(mix, "September 2025")).as("in post, agency").containsExactly("2.4", "1.0");
        assertThat(rowCells(mix, "June 2025")).as("W1, W2 (ASYE and fixed term), W4 and TM1; no agency yet").containsExactly("3.8", "0.0");
    }

    @Test
    void theDefaultIsTheLatestPublishedCensusDateAndOthersCanBeChosen() throws Exception {
        LocalDate latest = CensusDates.latest(LocalDate.now(ZoneId.of("Europe/London")));
        LocalDate opening = latest.getYear() > 2025 ? LocalDate.of(2025, 9, 30) : latest;
        String html = page("/dashboard", SignedInAs.role(Role.HR));

        assertThat(html).contains("<option value=\"" + opening + "\" selected=\"selected\">");
        assertThat(html).contains("<option value=\"" + latest + "\"")
                .contains("<option value=\"2018-09-30\">30 September 2018</option>")
                .doesNotContain("value=\"2017-09-30\"");
        assertThat(headline(html, "turnover_rate_fte")).as("DfE has published " + opening.getYear())
                .doesNotContain("not published");
        mvc.perform(get("/dashboard?date=2025-10-31").with(SignedInAs.role(Role.HR))).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard?date=2015-09-30").with(SignedInAs.role(Role.HR))).andExpect(status().isBadRequest());
    }

    @Test
    void theHeadlineTableDownloadsAsCsv() throws Exception {
        var response = mvc.perform(get("/dashboard/headline.csv?la=999&date=2025-09-30").with(SignedInAs.role(Role.HR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"dashboard-999-2025-09-30.csv\""))
                .andReturn().getResponse();
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).containsExactly(
                "reference_date,measure,description,authority,region,england",
                "2025-09-30,inpost_fte,Social workers in post (FTE),2.4,3396.9,36186.3",
                "2025-09-30,turnover_rate_fte,Turnover rate (%),33.3,11.5,11.8",
                "2025-09-30,agency_rate_fte,Agency worker rate (%),29.4,9.5,13.0",
                "2025-09-30,vacancy_rate_fte,Vacancy rate (%),45.5,11.1,14.2",
                "2025-09-30,caseload_fte,Average caseload (cases per case-holding FTE),1.3,14.5,15.2",
                "2025-09-30,absence_rate_fte,Sickness absence rate (%),1.4,2.9,3.5");
        assertThat(page(CENSUS_2025, SignedInAs.role(Role.HR)))
                .contains("href=\"/dashboard/headline.csv?la=999&amp;date=2025-09-30\">Download these figures (CSV)</a>");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SOCIAL_WORKER", "TEAM_MANAGER", "ADMINISTRATOR"})
    void rolesWithoutAggregatesOfTheirAuthorityAreRefused(Role role) throws Exception {
        mvc.perform(get("/dashboard").with(SignedInAs.role(role, Set.of("T1"), "W1"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/headline.csv").with(SignedInAs.role(role, Set.of("T1"), "W1"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherAuthorityIsNotFound() throws Exception {
        mvc.perform(get("/dashboard?la=383").with(SignedInAs.role(Role.HR))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/headline.csv?la=383").with(SignedInAs.role(Role.HR))).andExpect(status().isNotFound());
        var elsewhere = SignedInAs.account(new Account("hr-elsewhere", "HR elsewhere", Role.HR, "383", null, Set.of(), null));
        mvc.perform(get("/dashboard?la=999").with(elsewhere)).andExpect(status().isNotFound());
        assertThat(page("/dashboard", elsewhere)).contains("No register of your authority has been imported yet.")
                .doesNotContain("Exampleshire");
    }

    @Test
    void aRegionalAnalystChoosesACouncilOfTheRegionAndSeesNoCaseloads() throws Exception {
        String html = page("/dashboard", SignedInAs.role(Role.REGIONAL_ANALYST));

        assertThat(html).contains("<select class=\"govuk-select\" id=\"la\" name=\"la\">")
                .contains("<option value=\"999\" selected=\"selected\">Exampleshire (999)</option>");
        assertThat(headline(html, "turnover_rate_fte")).hasSize(4);
        assertThat(html).doesNotContain("id=\"caseloads\"", "reactive work", "more than 20 cases", "id=\"workers-over-20\"");
        assertThat(html).contains("id=\"experience\"", "id=\"mix\"");
        for (String worker : List.of("W1", "W2", "W3", "W4", "TM1")) {
            assertThat(html).doesNotContain(">" + worker + "<");
        }
        assertThat(html).doesNotContain("style=\"");

        String chosen = page("/dashboard?la=999&date=2025-09-30", SignedInAs.role(Role.REGIONAL_ANALYST));
        // One agency worker and three in post: the analyst gets none of their figures (decision 0012).
        assertThat(headline(chosen, "agency_rate_fte")).containsExactly("Agency worker rate (%)", "suppressed", "9.5", "13.0");
        assertThat(headline(chosen, "inpost_fte")).element(1).isEqualTo("suppressed");
        assertThat(rowCells(figure(chosen, "experience"), "Under 2")).containsExactly("suppressed");
        assertThat(rowCells(figure(chosen, "mix"), "September 2025")).containsExactly("suppressed", "suppressed");
        assertThat(rowCells(figure(chosen, "trend-agency-rate-fte"), "2025")).element(0).isEqualTo("suppressed");
        String csv = mvc.perform(get("/dashboard/headline.csv?la=999&date=2025-09-30").with(SignedInAs.role(Role.REGIONAL_ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("2025-09-30,agency_rate_fte,Agency worker rate (%),c,9.5,13.0");
        assertThat(page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR))).as("the council's own roles get the figures")
                .contains("29.4");
    }

    @Test
    void aRegionalAnalystOfAnotherRegionFindsNothing() throws Exception {
        RequestPostProcessor northWest = SignedInAs.account(new Account("analyst-nw", "North West analyst",
                Role.REGIONAL_ANALYST, null, "E12000002", Set.of(), null));

        mvc.perform(get("/dashboard?la=999").with(northWest)).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/headline.csv?la=999").with(northWest)).andExpect(status().isNotFound());
        assertThat(page("/dashboard", northWest)).contains("No register of a council in your region has been imported yet.")
                .doesNotContain("Exampleshire").doesNotContain("<svg");
    }

    @Test
    void viewingAggregatesIsNotAudited() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        page(CENSUS_2025, SignedInAs.role(Role.HR));
        page("/dashboard", SignedInAs.role(Role.REGIONAL_ANALYST));

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
    }

    @Test
    void aRegisterWithoutRegionPostsOrCasesShowsWhatItHas() throws Exception {
        Register small = Bundles.read(Path.of("src/test/resources/bundles/small"));
        Set<BundleFile> files = EnumSet.copyOf(small.files());
        files.removeAll(Set.of(BundleFile.POSTS, BundleFile.CASES, BundleFile.ALLOCATIONS));
        registers.replace(Register.of(new Authority("998", "Nowhereshire", null)).teams(small.teams()).workers(small.workers())
                .employments(small.employments()).absences(small.absences()).supervisions(small.supervisions()).build());
        var hr = SignedInAs.account(new Account("hr-998", "HR 998", Role.HR, "998", null, Set.of(), null));

        String html = page(CENSUS_2025, hr);

        assertThat(headerCells(html)).as("no region column").containsExactly("Measure", "Nowhereshire", "England");
        assertThat(headline(html, "vacancy_rate_fte")).containsExactly("Vacancy rate (%)", "not available", "14.2");
        assertThat(headline(html, "caseload_fte")).containsExactly("Average caseload (cases per case-holding FTE)", "not available", "15.2");
        assertThat(html).contains("beside England as DfE published them")
                .contains("The register has no cases or allocations, so there are no caseloads to show.")
                .doesNotContain("id=\"caseloads\"", "style=\"");
        assertThat(rowCells(figure(html, "trend-caseload-fte"), "2025")).containsExactly("not available", "15.2");
    }

    @Test
    void signInComesFirst() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
    }

    private String page(String url, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(url).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The texts of the headline table's header row. */
    private static List<String> headerCells(String html) {
        String table = between(html, "<table class=\"govuk-table\" id=\"headline\">", "</thead>");
        return cells(table, "th");
    }

    /** The texts of a headline row: the measure's name, then the authority, region and England. */
    private static List<String> headline(String html, String column) {
        String row = between(html, "id=\"headline-" + column + "\">", "</tr>");
        return cells(row, "th|td");
    }

    /** The html of a chart's figure: its SVG and table. */
    private static String figure(String html, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertThat(at).as("figure " + id).isNotNegative();
        int start = html.lastIndexOf("<figure", at);
        assertThat(html.substring(start, at)).as(id + " is a figure").doesNotContain(">");
        return html.substring(start, html.indexOf("</figure>", at));
    }

    /** The data cells of the table row headed {@code label}, or none when there is no such row. */
    private static List<String> rowCells(String figure, String label) {
        String table = figure.substring(figure.indexOf("<table"));
        String start = "<th scope=\"row\" class=\"govuk-table__header\">" + label + "</th>";
        int at = table.indexOf(start);
        return at < 0 ? List.of() : cells(table.substring(at, table.indexOf("</tr>", at)), "td");
    }

    /** The texts an SVG draws, with spaces between them. */
    private static String svgText(String html) {
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        return svg.replaceAll("<title[^<]*</title>|<desc[^<]*</desc>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'" + from + "' in the page").isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }

    private static List<String> cells(String html, String tags) {
        List<String> texts = new ArrayList<>();
        Matcher cell = Pattern.compile("<(?:" + tags + ")\\b[^>]*>([^<]*)</(?:" + tags + ")>").matcher(html);
        while (cell.find()) {
            texts.add(cell.group(1).strip());
        }
        return texts;
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
