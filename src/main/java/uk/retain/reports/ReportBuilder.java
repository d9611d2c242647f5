package uk.retain.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.NeighbourComparison;
import uk.retain.benchmarking.OfstedJudgements;
import uk.retain.benchmarking.PublishedContinuity;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.PublishedRow;
import uk.retain.benchmarking.StatisticalNeighbours;
import uk.retain.benchmarking.WorkforceTotals;
import uk.retain.benchmarking.web.NeighbourTable;
import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.Continuity;
import uk.retain.caseload.TeamCaseloads;
import uk.retain.census.CensusExports;
import uk.retain.census.CensusFinding;
import uk.retain.development.DevelopmentMeasures;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.reports.ReportContent.Section;
import uk.retain.reports.ReportTable.Cell;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.web.Days;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Chart;
import uk.retain.web.charts.Figures;
import uk.retain.web.charts.Palette;
import uk.retain.workforce.CensusYear;
import uk.retain.workforce.Register;
import uk.retain.workforce.Team;

/**
 * Works out a report of an authority from its live data: the DfE measures on the latest census date DfE has published
 * (beside the region, the statistical neighbours and England, with their trend), and on the day the report is made
 * its caseloads and the newly qualified protection, continuity, supervision in date, programmes and the census
 * return's checks. The members' report withholds every count from 1 to 4 and each rate made from one
 * ({@link Suppression}); the Ofsted pack adds each team's figures.
 */
@Component
public class ReportBuilder {

    /** The headline DfE measures, as the dashboard leads with them. */
    static final List<Measure> HEADLINE = List.of(Measure.INPOST_FTE, Measure.TURNOVER_RATE_FTE, Measure.AGENCY_RATE_FTE,
            Measure.VACANCY_RATE_FTE, Measure.CASELOAD_FTE, Measure.ABSENCE_RATE_FTE);
    /** The trend goes back at most this many census years. */
    private static final int TREND_YEARS = 10;

    private final AuthorityMeasures measures;
    private final CaseloadPolicies caseloadPolicies;
    private final SupervisionPolicies supervisionPolicies;
    private final CensusExports census;
    private final MessageSource messages;
    private final Clock clock;

    ReportBuilder(AuthorityMeasures measures, CaseloadPolicies caseloadPolicies, SupervisionPolicies supervisionPolicies,
            CensusExports census, MessageSource messages, Clock clock) {
        this.measures = measures;
        this.caseloadPolicies = caseloadPolicies;
        this.supervisionPolicies = supervisionPolicies;
        this.census = census;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report of the authority today; empty when no register of it is held. */
    public Optional<ReportContent> of(Report report, String laCode, Locale locale) {
        return measures.all(laCode).map(all -> new Working(report, all, locale, LocalDate.now(clock)).content());
    }

    /** The latest 30 September on or before the day whose year DfE has published; the latest 30 September if none. */
    static LocalDate benchmarked(LocalDate day, java.util.Set<Integer> published) {
        LocalDate census = CensusYear.latestOnOrBefore(day).referenceDate();
        return published.stream().filter(year -> year <= census.getYear()).max(Integer::compare)
                .map(year -> CensusYear.of(year).referenceDate()).orElse(census);
    }

    /** One report being worked out. */
    private final class Working {

        private final Report report;
        private final RegisterMeasures all;
        private final Register register;
        private final Locale locale;
        private final LocalDate day;
        private final LocalDate benchmarked;
        private final PublishedIndicators dfe = PublishedIndicators.fromClasspath();
        private final String name;
        private final String regionCode;

        Working(Report report, RegisterMeasures all, Locale locale, LocalDate day) {
            this.report = report;
            this.all = all;
            this.register = all.register();
            this.locale = locale;
            this.day = day;
            this.benchmarked = benchmarked(day, dfe.years());
            this.name = register.authority().name();
            this.regionCode = register.authority().regionCode();
        }

        ReportContent content() {
            List<Section> sections = new ArrayList<>();
            sections.add(headline());
            neighbours().ifPresent(sections::add);
            sections.add(caseloads());
            sections.add(continuity());
            sections.add(supervision());
            sections.add(programmes());
            sections.add(censusChecks());
            return new ReportContent(report, register.authority().laCode(), name, text("report." + report.code() + ".title"),
                    text("report.summary", name, Days.written(day), Days.written(benchmarked)), day, benchmarked,
                    List.copyOf(sections));
        }

        /** The authority's measures on a date as the report gives them: suppressed for the members' report. */
        private Map<String, Object> figures(LocalDate date) {
            return report.suppressesSmallNumbers() ? all.suppressed(date).authority() : all.forAuthority(date);
        }

        private Section headline() {
            int year = benchmarked.getYear();
            Map<String, Object> own = figures(benchmarked);
            Optional<PublishedRow> region = regionCode == null ? Optional.empty() : dfe.region(regionCode, year);
            Optional<PublishedRow> england = dfe.england(year);
            List<PublishedRow> neighbours = neighbourRows(year);
            List<List<Cell>> rows = new ArrayList<>();
            for (Measure measure : HEADLINE) {
                rows.add(List.of(Cell.words(text("neighbours.measure." + measure.column())), computed(own.get(measure.column())),
                        published(region.map(row -> row.number(measure)), region.isPresent()),
                        published(neighbours.isEmpty() ? Optional.empty() : Optional.ofNullable(WorkforceTotals.of(neighbours).value(measure)),
                                !neighbours.isEmpty()),
                        published(england.map(row -> row.number(measure)), england.isPresent())));
            }
            String regionName = region.map(PublishedRow::regionName).orElse(text("report.noRegion"));
            ReportTable table = new ReportTable("headline", "Headline measures",
                    text("report.headline.caption", name, Days.written(benchmarked)),
                    List.of(text("neighbours.measure"), name, regionName, text("report.neighbours"), text("dashboard.england")), rows);

            List<LocalDate> dates = trendDates();
            List<Chart> charts = new ArrayList<>();
            List<ReportTable> sheets = new ArrayList<>();
            for (Measure measure : HEADLINE) {
                Trend trend = trend(measure, dates, regionName);
                charts.add(trend.chart());
                sheets.add(trend.table());
            }
            return new Section("headline", text("report.headline.title", Days.written(benchmarked)),
                    List.of(text("report.headline.intro", name, Days.written(benchmarked))), charts, null, List.of(table), sheets);
        }

        private record Trend(Chart chart, ReportTable table) {
        }

        private Trend trend(Measure measure, List<LocalDate> dates, String regionName) {
            String label = text("neighbours.measure." + measure.column());
            List<String> years = dates.stream().map(date -> Integer.toString(date.getYear())).toList();
            List<Double> own = dates.stream().map(date -> number(figures(date).get(measure.column()))).toList();
            boolean comparable = measure.kind() != Measure.Kind.FTE;
            String first = years.isEmpty() ? "" : years.get(0);
            String last = years.isEmpty() ? "" : years.get(years.size() - 1);
            CategoryChart chart = CategoryChart.line("trend-" + measure.column().replace('_', '-'),
                            text("dashboard.trend.chart", label, first, last))
                    .categories(text("dashboard.trend.year"), years)
                    .series(name, Palette.BLUE, own)
                    .valueAxis(text(measure.kind() == Measure.Kind.FTE ? "dashboard.unit.fte"
                            : measure == Measure.CASELOAD_FTE ? "dashboard.unit.caseload" : "dashboard.unit.percent"))
                    .missing(text(report.suppressesSmallNumbers() ? "dashboard.marker.c" : "dashboard.notAvailable"))
                    .description(text("dashboard.chart.description"));
            List<String> headings = new ArrayList<>(List.of(text("dashboard.trend.year"), name));
            List<List<Double>> others = new ArrayList<>();
            if (comparable) {
                if (regionCode != null) {
                    List<Double> region = dates.stream().map(date -> dfe.region(regionCode, date.getYear())
                            .map(row -> row.number(measure)).orElse(null)).toList();
                    chart.series(regionName, Palette.ORANGE, region, text("dashboard.notPublished"));
                    headings.add(regionName);
                    others.add(region);
                }
                List<Double> neighbours = dates.stream().map(date -> {
                    List<PublishedRow> rows = neighbourRows(date.getYear());
                    return rows.isEmpty() ? null : WorkforceTotals.of(rows).value(measure);
                }).toList();
                if (neighbours.stream().anyMatch(value -> value != null)) {
                    chart.series(text("report.neighbours"), Palette.GREEN, neighbours, text("dashboard.notPublished"));
                    headings.add(text("report.neighbours"));
                    others.add(neighbours);
                }
                List<Double> england = dates.stream().map(date -> dfe.england(date.getYear())
                        .map(row -> row.number(measure)).orElse(null)).toList();
                chart.series(text("dashboard.england"), Palette.GREY, england, text("dashboard.notPublished"));
                headings.add(text("dashboard.england"));
                others.add(england);
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.words(years.get(i)));
                row.add(computed(figures(dates.get(i)).get(measure.column())));
                for (List<Double> series : others) {
                    row.add(published(Optional.ofNullable(series.get(i)), true));
                }
                rows.add(row);
            }
            String sheet = ("Trend " + measure.column()).replace('_', ' ');
            return new Trend(chart.render(), new ReportTable("trend-" + measure.column(), sheet.substring(0, Math.min(31, sheet.length())),
                    text("dashboard.trend.chart", label, first, last), headings, rows));
        }

        /** The census dates of the trend: those the register's history covers, up to the benchmarked one. */
        private List<LocalDate> trendDates() {
            LocalDate from = register.authority().historyFrom();
            if (from == null) {
                from = register.employments().stream().map(uk.retain.workforce.Employment::startDate)
                        .min(LocalDate::compareTo).orElse(benchmarked);
            }
            // Covered (measures.History.covers) is on or after the history's start: the reference dates from it.
            List<LocalDate> dates = CensusYear.referenceDatesBetween(from, benchmarked);
            return dates.subList(Math.max(0, dates.size() - TREND_YEARS), dates.size());
        }

        private List<PublishedRow> neighbourRows(int year) {
            return StatisticalNeighbours.fromClasspath().of(register.authority().laCode())
                    .map(group -> group.neighbours().stream()
                            .map(neighbour -> dfe.council(neighbour.laCode(), year))
                            .flatMap(Optional::stream).distinct().toList())
                    .orElse(List.of());
        }

        private Optional<Section> neighbours() {
            Map<String, Object> own = figures(benchmarked);
            return NeighbourComparison.of(register.authority().laCode(), benchmarked.getYear(),
                            NeighbourComparison.byDfeName(own), StatisticalNeighbours.fromClasspath(), dfe,
                            OfstedJudgements.fromClasspath())
                    .map(comparison -> {
                        NeighbourTable table = NeighbourTable.of(comparison, name, measure -> own.get(measure.column()),
                                messages, locale);
                        List<String> headings = new ArrayList<>(List.of(text("neighbours.measure"), name,
                                text("neighbours.rank"), text("report.rankOf"), text("neighbours.quartile")));
                        comparison.neighbours().forEach(column -> headings.add(column.neighbour().name()));
                        List<List<Cell>> rows = new ArrayList<>();
                        for (NeighbourComparison.MeasureRow row : comparison.rows()) {
                            List<Cell> cells = new ArrayList<>();
                            cells.add(Cell.words(text("neighbours.measure." + row.measure().column())));
                            cells.add(computed(own.get(row.measure().column())));
                            cells.add(row.ranking() == null ? blank() : whole(row.ranking().rank()));
                            cells.add(row.ranking() == null ? blank() : whole(row.ranking().of()));
                            cells.add(row.ranking() == null ? blank() : whole(row.ranking().quartile()));
                            for (NeighbourComparison.NeighbourColumn column : comparison.neighbours()) {
                                cells.add(column.value(row.measure())
                                        .map(value -> value.marker() != null
                                                ? new Cell(text("dashboard.marker." + value.marker().code()), null, value.marker().code())
                                                : figure(value.number()))
                                        .orElseGet(() -> new Cell(text("dashboard.notPublished"), null, "")));
                            }
                            rows.add(cells);
                        }
                        List<List<Cell>> who = table.columns().stream()
                                .map(column -> List.of(Cell.words(column.laCode()), Cell.words(column.name()),
                                        Cell.words(column.closeness()), Cell.words(column.grade()), Cell.words(column.gradePublished())))
                                .toList();
                        ReportTable whoSheet = new ReportTable("neighbours-who", "Neighbours",
                                text("neighbours.who.caption", name), List.of(text("report.laCode"), text("neighbours.who.name"),
                                        text("neighbours.who.closeness"), text("neighbours.who.grade"), text("neighbours.who.published")), who);
                        ReportTable measuresSheet = new ReportTable("neighbours", "Neighbours measures", table.caption(), headings, rows);
                        return new Section("neighbours", text("neighbours.title"), List.of(), List.of(), table, List.of(),
                                List.of(whoSheet, measuresSheet));
                    });
        }

        private Section caseloads() {
            Caseloads loads = Caseloads.of(register, caseloadPolicies.of(register.authority().laCode(), day), day);
            Map<String, Object> own = figures(day);
            int overCap = (int) loads.alerts().stream().filter(alert -> alert.kind() == Caseloads.Alert.Kind.OVER_CAP).count();
            int unprotected = loads.protectionBreaches().size();
            int caseHolders = (int) loads.workers().values().stream().filter(load -> load.cases() > 0).count();
            List<List<Cell>> rows = List.of(
                    row("report.caseloads.caseHolders", count(caseHolders)),
                    row("neighbours.measure.cases", count(number(own.get("cases")))),
                    row("neighbours.measure.caseload_fte", computed(own.get("caseload_fte"))),
                    row("report.caseloads.over20", count(number(own.get("workers_over_20_cases")))),
                    row("report.caseloads.overCap", count(overCap)),
                    row("report.caseloads.unprotected", count(unprotected)),
                    row("report.caseloads.waiting", count(loads.unallocated().size())));
            List<ReportTable> tables = new ArrayList<>();
            tables.add(new ReportTable("caseloads", "Caseloads", text("report.caseloads.caption", name, Days.written(day)),
                    List.of(text("report.figure"), name), rows));
            if (report.byTeam()) {
                List<List<Cell>> teams = new ArrayList<>();
                for (Team team : teams()) {
                    TeamCaseloads.Totals totals = TeamCaseloads.of(register, loads, team.teamId()).totals();
                    int teamUnprotected = (int) loads.protectionBreaches().stream()
                            .filter(alert -> loads.workers().containsKey(alert.workerId())
                                    && team.teamId().equals(loads.workers().get(alert.workerId()).teamId()))
                            .count();
                    teams.add(List.of(Cell.words(team.name()), count(totals.caseHolders()), count(totals.cases()),
                            percent(totals.percent()), count(totals.overCap()), count(teamUnprotected), count(totals.waiting())));
                }
                tables.add(new ReportTable("caseloads-by-team", "Caseloads by team",
                        text("report.caseloads.teamCaption", Days.written(day)),
                        List.of(text("report.team"), text("report.caseloads.caseHolders"), text("neighbours.measure.cases"),
                                text("report.caseloads.load"), text("report.caseloads.overCap"),
                                text("report.caseloads.unprotected"), text("report.caseloads.waiting")), teams));
            }
            return new Section("caseloads", text("report.caseloads.title"), List.of(text("report.caseloads.intro")),
                    List.of(), null, tables, List.of());
        }

        private Section continuity() {
            Continuity.Figures figures = Continuity.of(register, day);
            Optional<PublishedContinuity.Share> england = PublishedContinuity.fromClasspath().england();
            boolean withheld = withheld(figures.childrenWith3PlusWorkers()) || withheld(figures.children());
            List<List<Cell>> rows = new ArrayList<>(List.of(
                    row("report.continuity.children", count(figures.children())),
                    row("report.continuity.with3Plus", count(figures.childrenWith3PlusWorkers())),
                    row("report.continuity.percent", withheld ? suppressed() : percent(figures.percentWith3PlusWorkers()))));
            england.ifPresent(share -> rows.add(List.of(Cell.words(text("report.continuity.england", share.year())),
                    percent(share.percent()))));
            List<ReportTable> tables = new ArrayList<>();
            tables.add(new ReportTable("continuity", "Continuity", text("report.continuity.caption", name, Days.written(day)),
                    List.of(text("report.figure"), name), rows));
            if (report.byTeam()) {
                Map<String, Continuity.Figures> byTeam = Continuity.byTeam(register, day);
                List<List<Cell>> teams = new ArrayList<>();
                for (Team team : teams()) {
                    Continuity.Figures f = byTeam.get(team.teamId());
                    if (f != null) {
                        teams.add(List.of(Cell.words(team.name()), count(f.children()), count(f.childrenWith3PlusWorkers()),
                                percent(f.percentWith3PlusWorkers())));
                    }
                }
                tables.add(new ReportTable("continuity-by-team", "Continuity by team",
                        text("report.continuity.teamCaption", Days.written(day)), List.of(text("report.team"),
                        text("report.continuity.children"), text("report.continuity.with3Plus"), text("report.continuity.percent")), teams));
            }
            return new Section("continuity", text("report.continuity.title"), List.of(text("report.continuity.intro")),
                    List.of(), null, tables, List.of());
        }

        private Section supervision() {
            SupervisionStatuses statuses = SupervisionStatuses.of(register, supervisionPolicies.of(register.authority().laCode()));
            List<ReportTable> tables = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>(List.of(text("report.supervision.intro"),
                    text("suppolicy.uses." + statuses.policy().source().code())));
            if (!statuses.held()) {
                paragraphs.add(text("report.supervision.none"));
            } else {
                SupervisionStatuses.Tally tally = statuses.authority(day);
                tables.add(new ReportTable("supervision", "Supervision", text("report.supervision.caption", name, Days.written(day)),
                        List.of(text("report.figure"), name), List.of(
                                row("report.supervision.due", count(tally.due())),
                                row("report.supervision.overdue", count(tally.overdue())),
                                row("report.supervision.inDate", withheld(tally.due()) || withheld(tally.overdue())
                                        ? suppressed() : percent(tally.inDatePercent())))));
                if (report.byTeam()) {
                    Map<String, SupervisionStatuses.Tally> byTeam = statuses.byTeam(day);
                    List<List<Cell>> teams = new ArrayList<>();
                    for (Team team : teams()) {
                        SupervisionStatuses.Tally t = byTeam.get(team.teamId());
                        if (t != null && t.due() > 0) {
                            teams.add(List.of(Cell.words(team.name()), count(t.due()), count(t.overdue()), percent(t.inDatePercent())));
                        }
                    }
                    tables.add(new ReportTable("supervision-by-team", "Supervision by team",
                            text("report.supervision.teamCaption", Days.written(day)), List.of(text("report.team"),
                            text("report.supervision.due"), text("report.supervision.overdue"), text("report.supervision.inDate")), teams));
                }
            }
            return new Section("supervision", text("report.supervision.title"), paragraphs, List.of(), null, tables, List.of());
        }

        private Section programmes() {
            Map<String, Object> own = figures(day);
            List<List<Cell>> rows = List.of(
                    row("report.programmes.overdue", count(number(own.get(DevelopmentMeasures.REVIEWS_OVERDUE)))),
                    row("report.programmes.retention", computed(own.get(DevelopmentMeasures.RETENTION))));
            return new Section("programmes", text("report.programmes.title"), List.of(text("report.programmes.intro")),
                    List.of(), null, List.of(new ReportTable("programmes", "Programmes",
                            text("report.programmes.caption", name, Days.written(day)), List.of(text("report.figure"), name), rows)),
                    List.of());
        }

        private Section censusChecks() {
            CensusYear year = CensusYear.latestOnOrBefore(day);
            Optional<CensusExports.Checked> checked = census.of(register.authority().laCode(), year);
            List<String> paragraphs = new ArrayList<>();
            List<ReportTable> tables = new ArrayList<>();
            checked.ifPresent(c -> {
                paragraphs.add(text(c.offered() ? "report.census.passes" : "report.census.fails", Days.written(year.referenceDate())));
                Map<uk.retain.census.CensusCheck, Long> byCheck = new java.util.EnumMap<>(uk.retain.census.CensusCheck.class);
                for (CensusFinding finding : c.findings()) {
                    byCheck.merge(finding.check(), 1L, Long::sum);
                }
                List<List<Cell>> rows = new ArrayList<>();
                rows.add(row("report.census.workers", count(c.census().workers().size())));
                rows.add(row("report.census.blocking", count(c.blocking().size())));
                rows.add(row("report.census.warnings", count(c.findings().size() - c.blocking().size())));
                rows.add(row("report.census.schemaErrors", count(c.schemaErrors().size())));
                tables.add(new ReportTable("census", "Census checks", text("report.census.caption", Days.written(year.referenceDate())),
                        List.of(text("report.figure"), name), rows));
                if (!byCheck.isEmpty()) {
                    List<List<Cell>> checks = byCheck.entrySet().stream()
                            .map(entry -> List.of(Cell.words(text("census.check." + entry.getKey().code())),
                                    Cell.words(text(entry.getKey().blocking() ? "report.census.mustFix" : "report.census.warning")),
                                    count(entry.getValue().intValue())))
                            .toList();
                    tables.add(new ReportTable("census-checks", "Census checks failed", text("report.census.checksCaption"),
                            List.of(text("report.census.check"), text("report.census.kind"), text("report.census.records")), checks));
                }
            });
            return new Section("census", text("report.census.title"), paragraphs, List.of(), null, tables, List.of());
        }

        private List<Team> teams() {
            return register.teams().stream().sorted(Comparator.comparing(Team::name)).toList();
        }

        private List<Cell> row(String key, Cell value) {
            return List.of(Cell.words(text(key)), value);
        }

        /** A count: withheld from the members' report when it is 1 to 4. */
        private Cell count(Integer n) {
            if (n == null) {
                return new Cell(text("dashboard.notAvailable"), null, "");
            }
            return withheld(n) ? suppressed() : whole(n);
        }

        private Cell count(Double n) {
            return n == null ? count((Integer) null) : count((int) Math.round(n));
        }

        private boolean withheld(int n) {
            return report.suppressesSmallNumbers() && n > 0 && n < Suppression.THRESHOLD;
        }

        private Cell suppressed() {
            return new Cell(text("dashboard.marker.c"), null, Suppression.SUPPRESSED);
        }

        private Cell whole(int n) {
            return new Cell(Figures.whole((double) n), (double) n, null);
        }

        private Cell blank() {
            return new Cell("", null, "");
        }

        /** A figure of the authority's measures: a number, null (not available) or withheld. */
        private Cell computed(Object value) {
            if (Suppression.SUPPRESSED.equals(value)) {
                return suppressed();
            }
            Double number = number(value);
            return number == null ? new Cell(text("dashboard.notAvailable"), null, "") : figure(number);
        }

        private Cell published(Optional<Double> value, boolean rowFound) {
            if (value.isEmpty()) {
                return new Cell(text(rowFound ? "dashboard.marker.x" : "dashboard.notPublished"), null, "");
            }
            return figure(value.get());
        }

        private Cell percent(Double value) {
            return value == null ? new Cell(text("dashboard.notAvailable"), null, "") : figure(value);
        }

        private Cell figure(Double value) {
            return new Cell(Figures.oneDecimal(value), Figures.rounded(value).doubleValue(), null);
        }

        private Double number(Object value) {
            return value instanceof Number number ? number.doubleValue() : null;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    /** For tests: the report on a given day. */
    Optional<ReportContent> of(Report report, String laCode, Locale locale, LocalDate day) {
        return measures.all(laCode).map(all -> new Working(report, all, locale, day).content());
    }
}
