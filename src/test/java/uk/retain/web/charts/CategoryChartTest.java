package uk.retain.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The charts are well-formed, labelled SVG without inline styles, and their tables hold the charted numbers. */
class CategoryChartTest {

    private static Chart trend() {
        return CategoryChart.line("turnover", "Turnover rate by year")
                .categories("Year", List.of("2023", "2024", "2025"))
                .series("Exampleshire", Arrays.asList(20.0, 12.25, null))
                .series("East of England", List.of(16.1, 13.5, 11.5))
                .series("England", List.of(15.9, 13.9, 11.8))
                .valueAxis("Per cent")
                .missing("no figure")
                .description("The figures are in the table below.")
                .render();
    }

    @Test
    void aLineChartIsWellFormedSvgLabelledByItsTitle() throws Exception {
        Chart chart = trend();
        Document svg = parse(chart.svg());
        Element root = svg.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("turnover-title");
        assertThat(root.getAttribute("aria-describedby")).isEqualTo("turnover-desc");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 360");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("turnover-title");
        assertThat(title.getTextContent()).isEqualTo("Turnover rate by year");
        assertThat(root.getFirstChild()).as("the title comes first").isSameAs(title);
        assertThat(root.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .isEqualTo("The figures are in the table below.");
    }

    @Test
    void noElementHasAStyleAttributeAndTheColoursAreAttributes() throws Exception {
        for (Chart chart : List.of(trend(), histogram(), mix())) {
            assertThat(chart.svg()).doesNotContain("style=").doesNotContain("<style");
            Document svg = parse(chart.svg());
            assertThat(elementsWith(svg, "style")).as(chart.id()).isEmpty();
            assertThat(elementsWith(svg, "fill")).as("fills are presentation attributes").isNotEmpty();
            assertThat(elementsWith(svg, "stroke-width")).isNotEmpty();
            assertThat(elementsWith(svg, "font-size")).as("text keeps its size").isNotEmpty();
        }
        assertThat(trend().svg())
                .as("the series in the GOV.UK blue, orange and grey")
                .contains("stroke=\"rgb(29,112,184)\"", "stroke=\"rgb(244,119,56)\"", "stroke=\"rgb(80,90,95)\"");
    }

    @Test
    void theChartDrawsItsTextsAndLegend() {
        String svg = trend().svg();
        assertThat(svg).contains(">2023<", ">2025<", ">Year<", ">Per cent<", ">Exampleshire<", ">East of England<", ">England<");
    }

    @Test
    void theTableHoldsTheSameNumbersToOneDecimalPlace() {
        ChartTable table = trend().table();

        assertThat(table.caption()).isEqualTo("Turnover rate by year");
        assertThat(table.headings()).containsExactly("Year", "Exampleshire", "East of England", "England");
        assertThat(table.rows()).extracting(ChartTable.Row::label).containsExactly("2023", "2024", "2025");
        assertThat(table.rows().get(0).cells()).containsExactly("20.0", "16.1", "15.9");
        assertThat(table.rows().get(1).cells()).as("half up, as DfE rounds").containsExactly("12.3", "13.5", "13.9");
        assertThat(table.rows().get(2).cells()).as("a gap").containsExactly("no figure", "11.5", "11.8");
    }

    @Test
    void aMissingFigureIsAGapNotAZeroAndEachSeriesMaySayWhyItIsMissing() throws Exception {
        Chart chart = CategoryChart.line("gap", "Turnover")
                .categories("Year", List.of("2023", "2024", "2025", "2026"))
                .series("Exampleshire", Palette.BLUE, Arrays.asList(null, 12.0, 13.0, 14.0))
                .series("England", Palette.GREY, Arrays.asList(15.9, 13.9, 11.8, null), "not published")
                .missing("not available")
                .render();

        // Each value is a point, each pair of neighbours a segment: a gap leaves out the segments beside it.
        assertThat(segments(chart, "rgb(29,112,184)")).as("Exampleshire: 2024-2025 and 2025-2026 only").isEqualTo(2);
        assertThat(segments(chart, "rgb(80,90,95)")).as("England: 2023-2024 and 2024-2025 only").isEqualTo(2);
        assertThat(chart.table().rows().get(0).cells()).containsExactly("not available", "15.9");
        assertThat(chart.table().rows().get(3).cells()).containsExactly("14.0", "not published");
        assertThat(segments(CategoryChart.line("zero", "Turnover").categories("Year", List.of("2023", "2024", "2025", "2026"))
                .series("Exampleshire", Palette.BLUE, List.of(0.0, 12.0, 13.0, 14.0)).render(), "rgb(29,112,184)"))
                .as("a zero is drawn").isEqualTo(3);
    }

    /** The number of straight segments an SVG draws in {@code colour}: lines, and the parts of polylines and paths. */
    private static int segments(Chart chart, String colour) throws Exception {
        Document svg = parse(chart.svg());
        int count = 0;
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!colour.equals(element.getAttribute("stroke")) || !"none".equals(element.getAttribute("fill"))
                    && !element.getLocalName().equals("line")) {
                continue;
            }
            switch (element.getLocalName()) {
                case "line" -> count++;
                case "path" -> count += element.getAttribute("d").split("L", -1).length - 1;
                case "polyline" -> count += element.getAttribute("points").trim().split("\\s+").length - 1;
                default -> { }
            }
        }
        return count;
    }

    private static Chart histogram() {
        return CategoryChart.bars("caseloads", "Workers by cases held")
                .categories("Cases held", List.of("0 to 5", "6 to 10", "11 to 15", "16 to 20", "21 to 25", "26 or more"))
                .series("Workers", List.of(3.0, 7.0, 12.0, 9.0, 2.0, 1.0))
                .valueAxis("Workers")
                .wholeNumbers()
                .threshold(3, "Over 20 cases means reactive work")
                .render();
    }

    @Test
    void aThresholdIsDrawnAndLabelledBetweenTwoCategories() throws Exception {
        Chart chart = histogram();

        String drawn = chart.svg().replaceAll("<title[^<]*</title>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(drawn).as("wrapped to the room right of the line").contains("Over 20 cases means reactive work");
        assertThat(chart.svg()).as("the line in GOV.UK red").contains("stroke=\"rgb(212,53,28)\"");
        assertThat(chart.table().headings()).containsExactly("Cases held", "Workers");
        assertThat(chart.table().rows()).extracting(row -> row.cells().get(0)).containsExactly("3", "7", "12", "9", "2", "1");
        assertThat(chart.table().caption()).isEqualTo("Workers by cases held");
        assertThat(parse(chart.svg()).getDocumentElement().hasAttribute("aria-describedby")).isFalse();
    }

    private static Chart mix() {
        List<String> months = new ArrayList<>();
        List<Double> permanent = new ArrayList<>();
        List<Double> agency = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            months.add("M" + i);
            permanent.add(100.0 + i);
            agency.add(20.0 - i / 3.0);
        }
        return CategoryChart.stackedBars("mix", "Permanent and agency FTE")
                .categories("Month end", months)
                .series("In post", permanent)
                .series("Agency", agency)
                .labelEvery(12)
                .render();
    }

    @Test
    void aLongSeriesLabelsEveryNthCategoryButTabulatesThemAll() {
        Chart chart = mix();

        assertThat(chart.svg()).contains(">M0<", ">M12<", ">M24<", ">M36<").doesNotContain(">M1<", ">M13<");
        assertThat(chart.table().rows()).hasSize(37);
        assertThat(chart.table().rows().get(36).cells()).containsExactly("136.0", "8.0");
    }

    @Test
    void textIsEscaped() {
        Chart chart = CategoryChart.bars("escaped", "A & B <c>")
                .categories("Band", List.of("<1"))
                .series("\"Quoted\" & co", List.of(1.0))
                .render();

        assertThat(chart.svg()).contains("A &amp; B &lt;c&gt;", "&lt;1").doesNotContain("<c>");
    }

    @Test
    void aSeriesMustHaveAValueForEveryCategory() {
        assertThatThrownBy(() -> CategoryChart.line("bad", "Bad").categories("Year", List.of("2024", "2025"))
                .series("One", List.of(1.0)).render())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> CategoryChart.line("Not an id", "Bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresAreRoundedHalfUpToOneDecimalPlace() {
        assertThat(Figures.oneDecimal(1.25)).isEqualTo("1.3");
        assertThat(Figures.oneDecimal(0.15)).isEqualTo("0.2");
        assertThat(Figures.oneDecimal(36186.3)).isEqualTo("36,186.3");
        assertThat(Figures.oneDecimal(2.0)).isEqualTo("2.0");
        assertThat(Figures.oneDecimalPlain(36186.25)).isEqualTo("36186.3");
        assertThat(Figures.oneDecimal(null)).isNull();
        assertThat(Figures.whole(1234.0)).isEqualTo("1,234");
    }

    @Test
    void styleDeclarationsBecomePresentationAttributes() throws Exception {
        Document doc = parse("<svg xmlns='http://www.w3.org/2000/svg'><g style='stroke-width:1.0;stroke:rgb(1,2,3);"
                + "behaviour:odd;stroke-opacity:0.5'><text style='fill: rgb(64,64,64); fill-opacity: 1.0; font-family: \"GDS Transport\", arial; font-size: 12px;'"
                + " fill='red'>x</text></g></svg>");
        SvgMarkup.withoutStyles(doc.getDocumentElement());

        Element g = (Element) doc.getElementsByTagNameNS("*", "g").item(0);
        assertThat(g.hasAttribute("style")).isFalse();
        assertThat(g.getAttribute("stroke-width")).isEqualTo("1.0");
        assertThat(g.getAttribute("stroke")).isEqualTo("rgb(1,2,3)");
        assertThat(g.hasAttribute("behaviour")).as("not a presentation attribute: dropped").isFalse();
        assertThat(g.getAttribute("stroke-opacity")).isEqualTo("0.5");
        Element text = (Element) doc.getElementsByTagNameNS("*", "text").item(0);
        assertThat(text.getAttribute("fill")).as("an attribute already there is kept").isEqualTo("red");
        assertThat(text.getAttribute("font-family")).isEqualTo("\"GDS Transport\", arial");
        assertThat(text.getAttribute("font-size")).isEqualTo("12px");
        assertThat(text.hasAttribute("fill-opacity")).as("1 is the initial value: not written").isFalse();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elementsWith(Document doc, String attribute) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(attribute)) {
                found.add(element);
            }
        }
        return found;
    }
}
