package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.retain.benchmarking.GeographicLevel;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;
import uk.retain.benchmarking.PublishedValue;
import uk.retain.measures.History;
import uk.retain.measures.Measures;
import uk.retain.measures.WorkerCaseload;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.web.Days;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Chart;
import uk.retain.web.charts.Figures;
import uk.retain.web.charts.Palette;

/**
 * What the dashboard shows of one authority on one census date: the headline measures beside the region and England,
 * their trends, and the caseload, experience and permanent/agency charts, each chart with its table.
 *
 * @param caseloads the caseload histogram, or null when it is not to be shown (a regional analyst) or the register
 *                  has no cases and allocations
 * @param workersOver20 the number of workers holding more than 20 cases, formatted, or null as {@code caseloads}
 */
record Dashboard(
        String authorityName,
        String regionName,
        String referenceDate,
        List<HeadlineRow> headline,
        List<Trend> trends,
        Chart caseloads,
        String workersOver20,
        Chart experience,
        String qualifiedOver2Years,
        Chart mix) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    /** Up to this many month ends the axis labels each September; beyond, every other one. */
    private static final int MONTHS_LABELLED_YEARLY = 60;

    /** Upper bounds (inclusive) of the caseload bands 0 to 5, 6 to 10, ... 21 to 25; above the last is "26 or more". */
    private static final int[] CASELOAD_BANDS = {5, 10, 15, 20, 25};
    /** The threshold line goes after the band ending at 20 cases. */
    private static final int OVER_20_AFTER = 3;

    /** One row of the headline table: the measure's name and its value for the authority, the region and England. */
    record HeadlineRow(HeadlineMeasure measure, String label, Cell authority, Cell region, Cell england) {
    }

    /**
     * A figure as the page writes it ({@code text}) and as the CSV does ({@code csv}: no thousands separator, DfE's
     * marker for a figure DfE withheld, empty when there is none).
     */
    record Cell(String text, String csv) {
    }

    /** A headline measure's trend chart. */
    record Trend(String label, Chart chart) {
    }

    /**
     * @param figures the authority's measures as the viewer gets them (a regional analyst's with small numbers
     *                suppressed)
     * @param personRows whether the viewer may see figures built from rows about one person: the caseload histogram
     */
    static Dashboard of(WorkforceMeasures register, AuthorityFigures figures, PublishedIndicators dfe, LocalDate reference,
            List<LocalDate> covered, boolean personRows, Texts text) {
        var authority = register.register().authority();
        String regionCode = authority.regionCode();
        String regionName = regionCode == null ? null : regionName(dfe, regionCode);
        List<LocalDate> trendDates = CensusDates.trend(covered, reference);

        List<Trend> trends = new ArrayList<>();
        for (HeadlineMeasure measure : HeadlineMeasure.values()) {
            String label = text.get(measure.labelKey());
            trends.add(new Trend(label, trendChart(measure, label, authority.name(), regionCode, regionName, trendDates,
                    trendDates.stream().map(date -> figures.number(measure.column(), date)).toList(), missing(figures, text), dfe, text)));
        }

        Chart caseloads = null;
        String over20 = null;
        if (personRows && !figures.isSuppressed()) {
            Measures now = register.forAuthority(reference);
            if (now.caseloadByWorker() != null) {
                caseloads = caseloadChart(now.caseloadByWorker(), reference, text);
                over20 = Figures.whole((double) now.workersOver20Cases());
            }
        }
        Object over2 = figures.value("pqe_over_2y_percent", reference);
        return new Dashboard(authority.name(), regionName, Days.written(reference),
                headline(figures, regionCode, dfe, reference, text), trends, caseloads, over20,
                experienceChart(figures.value("pqe_bands", reference), reference, text),
                AuthorityFigures.isSuppressed(over2) ? text.get("dashboard.marker.c")
                        : Figures.oneDecimal(figures.number("pqe_over_2y_percent", reference)),
                mixChart(figures, trendDates.get(0), reference, text));
    }

    /** The headline table: each measure of the authority on the date, beside its region's and England's that year. */
    static List<HeadlineRow> headline(WorkforceMeasures register, AuthorityFigures figures, PublishedIndicators dfe,
            LocalDate reference, Texts text) {
        return headline(figures, register.register().authority().regionCode(), dfe, reference, text);
    }

    private static List<HeadlineRow> headline(AuthorityFigures figures, String regionCode, PublishedIndicators dfe,
            LocalDate reference, Texts text) {
        Optional<PublishedRow> region = regionCode == null ? Optional.empty() : dfe.region(regionCode, reference.getYear());
        Optional<PublishedRow> england = dfe.england(reference.getYear());
        List<HeadlineRow> rows = new ArrayList<>();
        for (HeadlineMeasure measure : HeadlineMeasure.values()) {
            Object value = figures.value(measure.column(), reference);
            Cell authority = AuthorityFigures.isSuppressed(value)
                    ? new Cell(text.get("dashboard.marker.c"), uk.retain.measures.Suppression.SUPPRESSED)
                    : computed(figures.number(measure.column(), reference), text);
            rows.add(new HeadlineRow(measure, text.get(measure.labelKey()), authority,
                    regionCode == null ? null : published(region, measure, text), published(england, measure, text)));
        }
        return rows;
    }

    /**
     * What a table says for a figure the authority's own data does not give: suppressed for a regional analyst (small
     * numbers), not available otherwise (the register's history or a missing file).
     */
    private static String missing(AuthorityFigures figures, Texts text) {
        return text.get(figures.isSuppressed() ? "dashboard.marker.c" : "dashboard.notAvailable");
    }

    /** The region's name as DfE publishes it, or its code when DfE's file does not have it. */
    private static String regionName(PublishedIndicators dfe, String regionCode) {
        return dfe.rows().stream()
                .filter(row -> row.level() == GeographicLevel.REGIONAL && regionCode.equals(row.regionCode()))
                .map(PublishedRow::regionName)
                .findFirst()
                .orElse(regionCode);
    }

    private static Cell computed(Double value, Texts text) {
        return value == null ? new Cell(text.get("dashboard.notAvailable"), "")
                : new Cell(Figures.oneDecimal(value), Figures.oneDecimalPlain(value));
    }

    private static Cell published(Optional<PublishedRow> row, HeadlineMeasure measure, Texts text) {
        if (row.isEmpty()) {
            return new Cell(text.get("dashboard.notPublished"), "");
        }
        PublishedValue value = row.get().value(measure.published());
        if (value.marker() != null) {
            return new Cell(text.get("dashboard.marker." + value.marker().code()), value.marker().code());
        }
        return new Cell(Figures.oneDecimal(value.number()), Figures.oneDecimalPlain(value.number()));
    }

    private static Chart trendChart(HeadlineMeasure measure, String label, String authorityName, String regionCode,
            String regionName, List<LocalDate> dates, List<Double> trend, String missing, PublishedIndicators dfe, Texts text) {
        List<String> years = dates.stream().map(date -> Integer.toString(date.getYear())).toList();
        CategoryChart chart = CategoryChart.line("trend-" + measure.column().replace('_', '-'),
                        text.get("dashboard.trend.chart", label, years.get(0), years.get(years.size() - 1)))
                .categories(text.get("dashboard.trend.year"), years)
                .series(authorityName, Palette.BLUE, trend)
                .valueAxis(text.get(measure.unitKey()))
                .missing(missing)
                .description(text.get("dashboard.chart.description"));
        if (!measure.comparable()) {
            return chart.render();
        }
        // A year DfE has not published, or a figure it withheld, is a gap too; the table says which.
        if (regionCode != null) {
            chart.series(regionName, Palette.ORANGE, dates.stream()
                    .map(date -> dfe.region(regionCode, date.getYear()).map(row -> row.number(measure.published())).orElse(null))
                    .toList(), text.get("dashboard.notPublished"));
        }
        return chart.series(text.get("dashboard.england"), Palette.GREY, dates.stream()
                        .map(date -> dfe.england(date.getYear()).map(row -> row.number(measure.published())).orElse(null))
                        .toList(), text.get("dashboard.notPublished"))
                .render();
    }

    /** Workers in employment on the date by the open cases they hold as primary worker, in bands of five. */
    private static Chart caseloadChart(List<WorkerCaseload> workers, LocalDate reference, Texts text) {
        double[] counts = new double[CASELOAD_BANDS.length + 1];
        for (WorkerCaseload worker : workers) {
            int band = 0;
            while (band < CASELOAD_BANDS.length && worker.cases() > CASELOAD_BANDS[band]) {
                band++;
            }
            counts[band]++;
        }
        List<String> bands = new ArrayList<>();
        int from = 0;
        for (int upTo : CASELOAD_BANDS) {
            bands.add(text.get("dashboard.caseload.band", from, upTo));
            from = upTo + 1;
        }
        bands.add(text.get("dashboard.caseload.bandAbove", from));
        return CategoryChart.bars("caseloads", text.get("dashboard.caseload.chart", Days.written(reference)))
                .categories(text.get("dashboard.caseload.cases"), bands)
                .series(text.get("dashboard.caseload.workers"), Palette.BLUE, Arrays.stream(counts).boxed().toList())
                .valueAxis(text.get("dashboard.caseload.workers"))
                .wholeNumbers()
                .threshold(OVER_20_AFTER, text.get("dashboard.caseload.threshold"))
                .description(text.get("dashboard.chart.description"))
                .render();
    }

    /** Permanent and fixed-term workers by whole years since qualifying; a suppressed band has no bar. */
    private static Chart experienceChart(Object bands, LocalDate reference, Texts text) {
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        if (bands instanceof java.util.Map<?, ?> byName) {
            byName.forEach((band, count) -> {
                labels.add(text.get("dashboard.pqe.band." + band));
                counts.add(count instanceof Number number ? number.doubleValue() : null);
            });
        }
        return CategoryChart.bars("experience", text.get("dashboard.pqe.chart", Days.written(reference)))
                .categories(text.get("dashboard.pqe.years"), labels)
                .series(text.get("dashboard.pqe.workers"), Palette.BLUE, counts)
                .missing(text.get("dashboard.marker.c"))
                .valueAxis(text.get("dashboard.pqe.workers"))
                .wholeNumbers()
                .description(text.get("dashboard.chart.description"))
                .render();
    }

    /**
     * In-post (permanent and fixed-term) and agency FTE at each month end from the trend's first census date; a month
     * end the history rule gives no figure for (or a suppressed one) is a gap.
     */
    private static Chart mixChart(AuthorityFigures figures, LocalDate from, LocalDate to, Texts text) {
        List<LocalDate> ends = CensusDates.monthEnds(from, to);
        List<Double> inPost = new ArrayList<>();
        List<Double> agency = new ArrayList<>();
        for (LocalDate end : ends) {
            inPost.add(figures.number("inpost_fte", end));
            agency.add(figures.number("agency_fte", end));
        }
        return CategoryChart.stackedBars("mix", text.get("dashboard.mix.chart", MONTH.format(from), MONTH.format(to)))
                .categories(text.get("dashboard.mix.month"), ends.stream().map(MONTH::format).toList())
                .axisLabels(ends.stream().map(SHORT_MONTH::format).toList())
                .series(text.get("dashboard.mix.inPost"), Palette.BLUE, inPost)
                .series(text.get("dashboard.mix.agency"), Palette.ORANGE, agency)
                .valueAxis(text.get("dashboard.unit.fte"))
                .labelEvery(ends.size() > MONTHS_LABELLED_YEARLY ? 24 : 12)
                .missing(missing(figures, text))
                .description(text.get("dashboard.chart.description"))
                .render();
    }
}
