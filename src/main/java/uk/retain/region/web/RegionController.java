package uk.retain.region.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.region.RegionalFigures;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Authority;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Registers;

/**
 * The region's councils side by side on a census date, for the regional analysts of that region: aggregates only,
 * small numbers suppressed in every figure from a register Retain holds.
 */
@Controller
class RegionController {

    /** A row as the page shows it: its name, where its figures come from, and each figure written out. */
    record Shown(String name, String source, List<String> cells, boolean total) {
    }

    private final Viewers viewers;
    private final Registers registers;
    private final AuthorityMeasures measures;
    private final MessageSource messages;
    private final Clock clock;

    RegionController(Viewers viewers, Registers registers, AuthorityMeasures measures, MessageSource messages, Clock clock) {
        this.viewers = viewers;
        this.registers = registers;
        this.measures = measures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/region")
    String region(@RequestParam(required = false) Integer year, @RequestParam(required = false) String trend, Model model) {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.REGIONAL_ANALYST || viewer.account().regionCode() == null) {
            throw new AccessDeniedException("the region's page is for its regional analysts");
        }
        String regionCode = viewer.account().regionCode();
        PublishedIndicators published = PublishedIndicators.fromClasspath();
        List<Integer> years = years(published);
        // The latest year DfE published is the one every council has figures for; a later census day is offered beside.
        int shown = year == null ? published.years().last() : year;
        if (!years.contains(shown)) {
            throw new PageNotFound();
        }
        Map<String, RegisterMeasures> held = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Authority authority : registers.authorities()) {
            if (viewer.seesAggregatesOf(authority.laCode(), authority.regionCode())) {
                measures.all(authority.laCode()).ifPresent(all -> held.put(authority.laCode(), all));
                names.put(authority.laCode(), authority.name());
            }
        }
        RegionalFigures.Table table = RegionalFigures.of(regionCode, CensusYear.of(shown), published, held, names::get);
        List<Shown> rows = new ArrayList<>();
        table.councils().forEach(row -> rows.add(shown(row, false)));
        table.region().ifPresent(row -> rows.add(shown(row, true)));
        table.england().ifPresent(row -> rows.add(shown(row, true)));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("date", Days.written(CensusYear.of(shown).referenceDate()));
        model.addAttribute("measures", RegionalFigures.MEASURES.stream().map(m -> "dashboard.measure." + m.column()).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("onRetain", held.size());
        model.addAttribute("published", table.england().isPresent());
        trend(regionCode, published, years, held, names, trend, table, model);
        return "region/region";
    }

    /**
     * One measure over every census year, for the councils on Retain beside the region and England (DfE's totals), as
     * a line chart with its table: the same figures as the year's table, suppressed alike.
     */
    private void trend(String regionCode, PublishedIndicators published, List<Integer> years, Map<String, RegisterMeasures> held,
            Map<String, String> names, String asked, RegionalFigures.Table shownYear, Model model) {
        Measure measure = RegionalFigures.MEASURES.stream().filter(m -> m.column().equals(asked)).findFirst()
                .orElse(Measure.TURNOVER_RATE_FTE);
        List<Integer> ascending = years.stream().sorted().toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (int y : ascending) {
            // The year the page's table shows is already worked out.
            RegionalFigures.Table table = y == shownYear.year().year() ? shownYear
                    : RegionalFigures.of(regionCode, CensusYear.of(y), published, held, names::get);
            List<RegionalFigures.Row> rows = new ArrayList<>(table.councils().stream()
                    .filter(row -> row.source() == RegionalFigures.Source.RETAIN).toList());
            table.region().ifPresent(rows::add);
            table.england().ifPresent(rows::add);
            for (RegionalFigures.Row row : rows) {
                series.computeIfAbsent(row.name(), name -> new ArrayList<>());
            }
            series.forEach((name, values) -> values.add(rows.stream().filter(row -> row.name().equals(name)).findFirst()
                    .map(row -> row.cells().get(measure).number()).orElse(null)));
        }
        String measureName = text("dashboard.measure." + measure.column());
        var chart = uk.retain.web.charts.CategoryChart.line("region-trend", messages.getMessage("region.trend.chart",
                        new Object[] {measureName, ascending.get(0), ascending.get(ascending.size() - 1)}, LocaleContextHolder.getLocale()))
                .categories(text("region.trend.year"), ascending.stream().map(String::valueOf).toList())
                .valueAxis(measureName)
                .missing(text("region.trend.missing"))
                .description(text("region.trend.description"));
        // Series keep their length: a council first seen in a later year has no figure for the earlier ones.
        series.forEach((name, values) -> {
            List<Double> padded = new ArrayList<>(java.util.Collections.nCopies(ascending.size() - values.size(), (Double) null));
            padded.addAll(values);
            chart.series(name, padded);
        });
        model.addAttribute("trendChart", chart.render());
        model.addAttribute("trendMeasure", measure.column());
        model.addAttribute("trendMeasures", RegionalFigures.MEASURES.stream().map(Measure::column).toList());
    }

    /** The census years the page offers: every year DfE published, and the latest census day since, newest first. */
    private List<Integer> years(PublishedIndicators published) {
        List<Integer> years = new ArrayList<>(published.years());
        int latest = CensusYear.latestOnOrBefore(LocalDate.now(clock)).year();
        if (!years.contains(latest)) {
            years.add(latest);
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    private Shown shown(RegionalFigures.Row row, boolean total) {
        List<String> cells = new ArrayList<>();
        for (Measure measure : RegionalFigures.MEASURES) {
            RegionalFigures.Cell cell = row.cells().get(measure);
            cells.add(cell.marker() != null ? text("dashboard.marker." + cell.marker())
                    : cell.number() == null ? text("dashboard.notAvailable") : Figures.oneDecimal(cell.number()));
        }
        return new Shown(row.name(), text("region.source." + row.source().name().toLowerCase(java.util.Locale.ROOT)), cells, total);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
