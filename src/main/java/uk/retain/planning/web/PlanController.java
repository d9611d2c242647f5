package uk.retain.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.benchmarking.Measure;
import uk.retain.benchmarking.PublishedDemand;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.planning.Band;
import uk.retain.planning.Calibration;
import uk.retain.planning.Figure;
import uk.retain.planning.Levers;
import uk.retain.planning.OwnBacktest;
import uk.retain.planning.PlanScope;
import uk.retain.planning.PublishedBacktest;
import uk.retain.planning.PublishedForecast;
import uk.retain.planning.Quantiles;
import uk.retain.planning.ScenarioJson;
import uk.retain.planning.Scenarios;
import uk.retain.planning.WorkforceForecast;
import uk.retain.web.Days;
import uk.retain.web.PageNotFound;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Chart;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Registers;

/**
 * The plan page: for the workforce lead and senior leaders, up to three scenarios forecast from today side by side
 * (figures after 12, 24 and 60 months, fan charts of FTE needed and projected, FTE by band, cost against budget), how
 * well the model forecast the past (on the council's own history and on the published figures), and for the
 * workforce lead a form to save a scenario. Aggregates of the whole authority only, so nothing here is audited but
 * the saving.
 */
@Controller
class PlanController {

    static final int RUNS = 300;
    static final int MONTHS = WorkforceForecast.DEFAULT_MONTHS;
    /** How often the progress page looks again. */
    static final int REFRESH_SECONDS = 2;
    static final int COMPARED = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final List<Figure> COMPARED_FIGURES = List.of(Figure.CASES, Figure.FTE_NEEDED,
            Figure.FTE_PROJECTED, Figure.GAP_FTE, Figure.ASYE_FTE, Figure.UNDER_TWO_FTE, Figure.TWO_TO_FIVE_FTE,
            Figure.FIVE_PLUS_FTE, Figure.AGENCY_FTE, Figure.CASELOAD_PER_FTE, Figure.VACANCY_FTE, Figure.AGENCY_RATE,
            Figure.TURNOVER_RATE, Figure.PQE_OVER_TWO_RATE);

    private final Registers registers;
    private final Viewers viewers;
    private final Scenarios scenarios;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    /** Forecasts by authority, register version, day and levers: the page is read far more than the register changes. */
    private final PlanRuns runs;

    PlanController(Registers registers, Viewers viewers, Scenarios scenarios, ApplicationEventPublisher events, MessageSource messages,
            Clock clock, PlanRuns runs) {
        this.runs = runs;
        this.registers = registers;
        this.viewers = viewers;
        this.scenarios = scenarios;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** A scenario that may be chosen. */
    record Choice(String name, boolean selected) {
    }

    /** A row of the side-by-side table: a figure at a month, and its cell under each scenario. */
    record CompareRow(String label, List<String> cells) {
    }

    /** A row of a plain table. */
    record Row(String label, List<String> cells) {
    }

    /** A field of the save form: its name, label key, value typed, and error in words (or null). */
    record Field(String name, String label, String value, String error) {
    }

    @GetMapping("/plan")
    String plan(@RequestParam(name = "scenario", required = false) List<String> asked, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !PlanScope.reads(viewer, viewer.laCode())) {
            throw new AccessDeniedException("the plan is for the workforce lead and senior leaders");
        }
        addForm(model, viewer, emptyForm(), Map.of());
        String view = page(viewer, asked, model);
        if (model.getAttribute("refreshSeconds") != null) {
            // The page looks again by itself (no script needed); the link on it does the same by hand.
            response.setHeader("Refresh", REFRESH_SECONDS + "; url=" + model.getAttribute("again"));
        }
        return view;
    }

    @PostMapping("/plan/scenarios")
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || !PlanScope.changes(viewer, viewer.laCode())) {
            throw new AccessDeniedException("the workforce lead saves scenarios");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > Scenarios.NAME_LENGTH) {
            errors.put("name", text("plan.error.name"));
        }
        Map<String, Object> levers = new LinkedHashMap<>();
        ScenarioJson.BOUNDS.forEach((field, bounds) -> {
            if (!form.containsKey(field)) {
                return;
            }
            String typed = form.get(field).strip().replace(",", "").replace("£", "");
            if (typed.isEmpty()) {
                return;
            }
            try {
                double value = Double.parseDouble(typed);
                if (!Double.isFinite(value) || value < bounds[0] || value > bounds[1]) {
                    throw new NumberFormatException(typed);
                }
                levers.put(field, value);
            } catch (NumberFormatException e) {
                errors.put(field, text("plan.error.number", ScenarioJson.plain(bounds[0]),
                        ScenarioJson.plain(bounds[1])));
            }
        });
        if (!errors.isEmpty()) {
            model.addAttribute("errorTitle", true);
            addForm(model, viewer, form, errors);
            return page(viewer, null, model);
        }
        scenarios.save(viewer.laCode(), name, ScenarioJson.levers(levers), viewer.account().username(),
                clock.instant());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "planning_scenario", name, "saved on the plan page"));
        redirect.addFlashAttribute("saved", name);
        return "redirect:/plan?scenario=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String page(Viewer viewer, List<String> asked, Model model) {
        Registers.StoredRegister stored = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new);
        LocalDate today = LocalDate.now(clock);
        String authority = stored.register().authority().name();
        List<Scenarios.Scenario> offered = scenarios.of(viewer.laCode());
        List<Scenarios.Scenario> chosen = new ArrayList<>();
        if (asked != null) {
            asked.stream().distinct().forEach(name -> offered.stream().filter(s -> s.name().equals(name))
                    .findFirst().ifPresent(chosen::add));
        }
        if (chosen.isEmpty()) {
            chosen.addAll(offered.subList(0, Math.min(COMPARED, offered.size())));
        }
        List<Scenarios.Scenario> compared = chosen.subList(0, Math.min(COMPARED, chosen.size()));
        model.addAttribute("intro", text("plan.intro", authority, MONTHS, Days.written(today), RUNS));
        model.addAttribute("examples", offered.stream().allMatch(s -> s.changedAt() == null));
        model.addAttribute("choices", offered.stream()
                .map(s -> new Choice(s.name(), compared.contains(s))).toList());
        model.addAttribute("names", compared.stream().map(Scenarios.Scenario::name).toList());

        Calibration calibration = Calibration.of(stored.register(), today, PublishedIndicators.fromClasspath());
        List<PlanRuns.Run> started = new ArrayList<>();
        for (Scenarios.Scenario scenario : compared) {
            String key = viewer.laCode() + "|" + stored.version() + "|" + today + "|" + scenario.levers();
            started.add(runs.of(key, RUNS, progress -> WorkforceForecast.run(
                    calibration, scenario.levers(), RUNS, MONTHS, WorkforceForecast.DEFAULT_SEED, progress)));
        }
        PlanRuns.Run own = runs.of("own|" + viewer.laCode() + "|" + stored.version() + "|" + today, 1, progress -> OwnBacktest.run(
                stored.register(), today, calibration.nationalMonthlyHazard(), RUNS, WorkforceForecast.DEFAULT_SEED));
        List<PlanRuns.Run> all = new ArrayList<>(started);
        all.add(own);
        if (!runs.awaited(all)) {
            // Not done yet: say how far the runs have got, and look again shortly (a refresh, so no script is needed).
            int done = all.stream().mapToInt(PlanRuns.Run::done).sum();
            int total = all.stream().mapToInt(PlanRuns.Run::total).sum();
            model.addAttribute("percent", (int) Math.floor(100.0 * done / total));
            model.addAttribute("scenariosDone", started.stream().filter(PlanRuns.Run::finished).count());
            model.addAttribute("scenarios", started.size());
            model.addAttribute("again", again(compared));
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
            return "planning/working";
        }
        List<WorkforceForecast.Forecast> forecasts = started.stream().map(run -> (WorkforceForecast.Forecast) run.result()).toList();
        model.addAttribute("compareCaption", text("plan.compare.caption", MONTHS));
        model.addAttribute("compareRows", compareRows(forecasts));
        List<Chart> fans = new ArrayList<>();
        for (int i = 0; i < forecasts.size(); i++) {
            fans.add(fan("plan-fan-" + (i + 1), compared.get(i).name(), forecasts.get(i)));
        }
        model.addAttribute("fans", fans);
        model.addAttribute("bands", bands(compared.getFirst().name(), forecasts.getFirst()));
        model.addAttribute("cost", cost(compared, forecasts));
        model.addAttribute("budgets", compared.stream().map(s -> s.name() + ": " + (s.levers().budgetPerYear() == null
                ? text("plan.cost.noBudget") : "£" + Figures.whole(s.levers().budgetPerYear()))).toList());
        backtests((OwnBacktest.Result) own.result(), model);
        demand(stored.register().authority().laCode(), authority, compared, model);
        return "planning/plan";
    }

    /** The years of published demand the page shows, latest last. */
    static final int DEMAND_YEARS = 8;
    /** The years the published referral rate's yearly change is taken over. */
    static final int DEMAND_TREND_YEARS = 5;

    /**
     * The published drivers of demand beside the council's own cases: its referrals per 10,000 children and the
     * rest, year by year, with England's rate; what each scenario's referral change would make of the latest rate.
     * A council the files do not hold (the demo) is shown through its statistical neighbours' stand-in, and says so.
     */
    private void demand(String laCode, String authority, List<Scenarios.Scenario> compared, Model model) {
        PublishedDemand published = PublishedDemand.fromClasspath();
        List<PublishedDemand.Year> years = published.council(laCode);
        model.addAttribute("demandStandIn", null);
        String shown = authority;
        if (years.isEmpty()) {
            var group = uk.retain.benchmarking.StatisticalNeighbours.fromClasspath().of(laCode);
            if (group.isPresent() && group.get().isStandIn()) {
                years = published.council(group.get().comparedAs());
                shown = group.get().comparedAsName();
                model.addAttribute("demandStandIn", text("plan.demand.standIn", authority, shown, group.get().comparedAs()));
            }
        }
        Map<Integer, Double> england = new LinkedHashMap<>();
        published.england().forEach(y -> england.put(y.year(), y.referralsPer10k()));
        List<Row> rows = new ArrayList<>();
        for (PublishedDemand.Year y : years.subList(Math.max(0, years.size() - DEMAND_YEARS), years.size())) {
            rows.add(new Row(text("plan.demand.yearTo", y.year()), List.of(count(y.referrals()), rate(y.referralsPer10k()),
                    rate(england.get(y.year())), count(y.childrenInNeed()), count(y.protectionPlans()), count(y.lookedAfter()),
                    count(y.children()))));
        }
        model.addAttribute("demandRows", rows);
        model.addAttribute("demandCaption", text("plan.demand.caption", shown));
        List<String> lines = new ArrayList<>();
        var latest = years.stream().filter(y -> y.referralsPer10k() != null).reduce((a, b) -> b);
        if (latest.isPresent()) {
            String change = PublishedDemand.yearlyChangePercent(years, DEMAND_TREND_YEARS).map(Figures::oneDecimal)
                    .orElse(text("plan.demand.noTrend"));
            String englandChange = PublishedDemand.yearlyChangePercent(published.england(), DEMAND_TREND_YEARS)
                    .map(Figures::oneDecimal).orElse(text("plan.demand.noTrend"));
            model.addAttribute("demandText", text("plan.demand.intro", shown, latest.get().year(), rate(latest.get().referralsPer10k()),
                    change, englandChange, DEMAND_TREND_YEARS));
            for (Scenarios.Scenario scenario : compared) {
                double percent = scenario.levers().referralChangePercent();
                lines.add(text("plan.demand.scenario", scenario.name(), Figures.oneDecimal(percent),
                        rate(latest.get().referralsPer10k() * (1 + percent / 100))));
            }
        }
        model.addAttribute("demandScenarios", lines);
    }

    private static String count(Integer n) {
        return n == null ? "–" : Figures.whole(n.doubleValue());
    }

    private static String rate(Double r) {
        return r == null ? "–" : Figures.oneDecimal(r);
    }

    /** The page again with the same scenarios, for the progress page's refresh and link. */
    private static String again(List<Scenarios.Scenario> compared) {
        org.springframework.web.util.UriComponentsBuilder link = org.springframework.web.util.UriComponentsBuilder.fromPath("/plan");
        compared.forEach(s -> link.queryParam("scenario", s.name()));
        return link.encode().build().toUriString();
    }

    private List<CompareRow> compareRows(List<WorkforceForecast.Forecast> forecasts) {
        List<CompareRow> rows = new ArrayList<>();
        for (int month : new int[] {12, 24, MONTHS}) {
            for (Figure figure : COMPARED_FIGURES) {
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (WorkforceForecast.Forecast forecast : forecasts) {
                    Quantiles q = forecast.byMonth().get(month - 1).figures().get(figure);
                    any |= q != null;
                    cells.add(q == null ? "" : cell(q));
                }
                if (any) {
                    rows.add(new CompareRow(text("plan.compare.month", month, text("plan.figure." + figure.code())),
                            cells));
                }
            }
        }
        int years = forecasts.getFirst().byYear().size();
        for (int y = 0; y < years; y++) {
            List<String> cells = new ArrayList<>();
            for (WorkforceForecast.Forecast forecast : forecasts) {
                Quantiles q = forecast.byYear().get(y).cost();
                cells.add(text("plan.compare.cell", "£" + Figures.whole(q.p50()), "£" + Figures.whole(q.p10()),
                        "£" + Figures.whole(q.p90())));
            }
            rows.add(new CompareRow(text("plan.figure.cost", y + 1), cells));
        }
        return rows;
    }

    private String cell(Quantiles q) {
        return text("plan.compare.cell", Figures.oneDecimal(q.p50()), Figures.oneDecimal(q.p10()),
                Figures.oneDecimal(q.p90()));
    }

    private Chart fan(String id, String name, WorkforceForecast.Forecast forecast) {
        List<String> months = forecast.byMonth().stream().map(m -> MONTH.format(m.monthEnd())).toList();
        CategoryChart chart = CategoryChart.line(id, text("plan.fan.title", name))
                .categories(text("plan.fan.month"), months)
                .series(text("plan.fan.projected.p10"), values(forecast, Figure.FTE_PROJECTED, Quantiles::p10))
                .series(text("plan.fan.projected.p50"), values(forecast, Figure.FTE_PROJECTED, Quantiles::p50))
                .series(text("plan.fan.projected.p90"), values(forecast, Figure.FTE_PROJECTED, Quantiles::p90))
                .valueAxis(text("plan.fan.axis"))
                .labelEvery(6)
                .description(text("plan.fan.description"));
        if (forecast.byMonth().getFirst().figures().containsKey(Figure.FTE_NEEDED)) {
            chart.series(text("plan.fan.needed"), values(forecast, Figure.FTE_NEEDED, Quantiles::p50));
        }
        return chart.render();
    }

    private Chart bands(String name, WorkforceForecast.Forecast forecast) {
        List<String> months = forecast.byMonth().stream().map(m -> MONTH.format(m.monthEnd())).toList();
        CategoryChart chart = CategoryChart.line("plan-bands", text("plan.bands.title", name))
                .categories(text("plan.fan.month"), months)
                .valueAxis(text("plan.fan.axis"))
                .labelEvery(6)
                .description(text("plan.bands.description"));
        for (Band band : Band.values()) {
            Figure figure = Figure.of(band);
            chart.series(text("plan.figure." + figure.code()), values(forecast, figure, Quantiles::p50));
        }
        return chart.render();
    }

    private Chart cost(List<Scenarios.Scenario> compared, List<WorkforceForecast.Forecast> forecasts) {
        int years = forecasts.getFirst().byYear().size();
        List<String> labels = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            labels.add(text("plan.cost.yearLabel", y));
        }
        CategoryChart chart = CategoryChart.bars("plan-cost", text("plan.cost.title"))
                .categories(text("plan.cost.year"), labels)
                .valueAxis(text("plan.cost.axis"))
                .format(value -> value == null ? "" : "£" + Figures.whole(value))
                .description(text("plan.cost.description"));
        for (int i = 0; i < forecasts.size(); i++) {
            chart.series(compared.get(i).name(), forecasts.get(i).byYear().stream()
                    .map(year -> year.cost().p50()).toList());
            Double budget = compared.get(i).levers().budgetPerYear();
            if (budget != null) {
                chart.series(text("plan.cost.budget", compared.get(i).name()),
                        java.util.Collections.nCopies(years, budget));
            }
        }
        return chart.render();
    }

    private static List<Double> values(WorkforceForecast.Forecast forecast, Figure figure,
            java.util.function.ToDoubleFunction<Quantiles> which) {
        return forecast.byMonth().stream().map(m -> {
            Quantiles q = m.figures().get(figure);
            return q == null ? null : which.applyAsDouble(q);
        }).toList();
    }

    private void backtests(OwnBacktest.Result own, Model model) {
        int months = own.months().size();
        model.addAttribute("ownText", own.casesMeanError() == null
                ? text("plan.backtest.ownNoCases", Days.written(own.from()), Days.written(own.to()), own.fteCovered(),
                        months, Figures.oneDecimal(own.fteMeanError()))
                : text("plan.backtest.own", Days.written(own.from()), Days.written(own.to()), own.fteCovered(), months,
                        Figures.oneDecimal(own.fteMeanError()), own.casesCovered(),
                        Figures.oneDecimal(own.casesMeanError())));
        model.addAttribute("ownCaption", text("plan.backtest.caption", Days.written(own.from())));
        List<Row> ownRows = new ArrayList<>();
        for (int i = 2; i < months; i += 3) {
            OwnBacktest.Month month = own.months().get(i);
            ownRows.add(new Row(Days.written(month.monthEnd()), List.of(Figures.oneDecimal(month.fte()),
                    cell(month.fteForecast()), month.cases() == null ? "" : Figures.whole(month.cases()),
                    month.casesForecast() == null ? "" : cell(month.casesForecast()))));
        }
        model.addAttribute("ownRows", ownRows);
        Published published = Published.SHIPPED;
        model.addAttribute("publishedText", text("plan.backtest.published", published.until, published.until + 1,
                published.until + Published.HORIZON));
        model.addAttribute("publishedCaption", text("plan.backtest.publishedCaption", published.until));
        List<Row> rows = new ArrayList<>();
        published.scores.forEach((measure, score) -> rows.add(new Row(text("plan.measure." + measure.column()),
                List.of(Math.round(100 * score.coverage()) + "%", Figures.oneDecimal(score.meanError()),
                        Figures.oneDecimal(score.lastValueError())))));
        model.addAttribute("publishedRows", rows);
    }

    /** The backtest on the shipped release, three years ahead of the last year that leaves three: computed once. */
    private record Published(int until, Map<Measure, PublishedBacktest.Score> scores) {

        static final int HORIZON = 3;
        static final Published SHIPPED = compute();

        private static Published compute() {
            PublishedIndicators indicators = PublishedIndicators.fromClasspath();
            int until = indicators.years().last() - HORIZON;
            return new Published(until, PublishedBacktest.run(indicators, until, HORIZON,
                    PublishedForecast.DEFAULT_SEED));
        }
    }

    private void addForm(Model model, Viewer viewer, Map<String, String> form, Map<String, String> errors) {
        if (!PlanScope.changes(viewer, viewer.laCode())) {
            return;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("name", "plan.save.name", form.getOrDefault("name", ""), errors.get("name")));
        for (String field : List.of("caseload_target", "caseload_target_later", "target_by_month", "nqsw_per_year",
                "experienced_offers_per_month", "offer_acceptance", "months_to_hire", "retention_change",
                "agency_change_per_month", "agency_conversions_per_month", "referral_change_percent",
                "budget_per_year")) {
            fields.add(new Field(field, "plan.save." + field, form.getOrDefault(field, ""), errors.get(field)));
        }
        model.addAttribute("fields", fields);
        model.addAttribute("formErrors", fields.stream().filter(f -> f.error() != null).toList());
    }

    private static Map<String, String> emptyForm() {
        return Map.of("caseload_target", ScenarioJson.plain(Levers.AS_NOW.caseloadTarget()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
