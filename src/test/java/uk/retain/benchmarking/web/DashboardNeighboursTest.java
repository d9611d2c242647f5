package uk.retain.benchmarking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.StatisticalNeighbours;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * The dashboard's statistical neighbours: the small test bundle (Exampleshire, 999, not in DfE's model) against
 * Hertfordshire's ten neighbours in 2025 (its figures in {@link DashboardPageTest}), with their Ofsted grades.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DashboardNeighboursTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @BeforeEach
    void importSmallBundle() throws Exception {
        if (registers.find("999").isEmpty()) {
            registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
        }
    }

    @Test
    void theCouncilStandsBesideItsNeighboursOnEveryMeasureWithRankAndQuartile() throws Exception {
        Document page = page("/dashboard?date=2025-09-30", SignedInAs.role(Role.SENIOR_LEADER));

        assertThat(page.select(".govuk-inset-text").text())
                .contains("Exampleshire is not in DfE's model, so it is compared with the neighbours of Hertfordshire (919).");
        Element table = page.getElementById("neighbours");
        assertThat(table.select("thead th").eachText()).startsWith("Measure", "Exampleshire", "Rank", "Quartile", "Oxfordshire")
                .hasSize(14);
        assertThat(table.select("tbody tr")).hasSize(Measure.values().length);

        var dfe = PublishedIndicators.fromClasspath();
        List<String> neighbours = StatisticalNeighbours.fromClasspath().of("919").orElseThrow().neighbours().stream()
                .map(StatisticalNeighbours.Neighbour::laCode).toList();
        List<Double> turnover = neighbours.stream()
                .map(code -> dfe.council(code, 2025).orElseThrow().number(Measure.TURNOVER_RATE_FTE)).toList();
        long higher = turnover.stream().filter(value -> value > 33.3).count();
        List<String> row = page.getElementById("neighbours-turnover_rate_fte").select("th, td").stream().map(Element::text).toList();
        assertThat(row.subList(0, 4)).containsExactly("Turnover rate (%, FTE)", "33.3", (higher + 1) + " of 11",
                Integer.toString((int) Math.ceil(4.0 * (higher + 1) / 11)));
        assertThat(row.subList(4, 14)).containsExactlyElementsOf(
                turnover.stream().map(value -> uk.retain.web.charts.Figures.oneDecimal(value)).toList());
        assertThat(page.getElementById("neighbours-inpost_headcount").select("td").get(0).text())
                .as("a count is a whole number").doesNotContain(".");

        List<String> oxfordshire = page.getElementById("neighbours-who").select("tbody tr").get(0).select("th, td").stream().map(Element::text).toList();
        assertThat(oxfordshire.subList(0, 2)).containsExactly("Oxfordshire", "Very close");
        assertThat(oxfordshire.get(2)).isIn("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
    }

    @Test
    void aRegionalAnalystSeesTheCouncilsSmallNumbersSuppressedAndNoRankForThem() throws Exception {
        Document page = page("/dashboard?la=999&date=2025-09-30", SignedInAs.role(Role.REGIONAL_ANALYST));

        List<String> row = page.getElementById("neighbours-inpost_headcount").select("th, td").stream().map(Element::text).toList();
        assertThat(row.subList(1, 4)).containsExactly("suppressed", "", "");
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
