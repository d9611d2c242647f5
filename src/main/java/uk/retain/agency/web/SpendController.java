package uk.retain.agency.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagements;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.AgencySpend;
import uk.retain.agency.Conversions;
import uk.retain.agency.DfeAgencyReturn;
import uk.retain.agency.JobType;
import uk.retain.agency.MixTargets;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.CategoryChart;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Team;

/**
 * Agency spend and the mix: spend per month by job type and by team over the twelve months to the date's month (the
 * contract's daily rule, {@link AgencySpend}), the twelve months after it from the engagements running or booked
 * (open-ended ones assumed to go on), the permanent share of the workforce at each month end (100 − the DfE's
 * {@code agency_rate_fte}) against the council's target path, which HR sets here, agency-to-permanent conversions, and
 * the quarterly DfE agency return to download. HR and senior leaders; conversions by name for HR only.
 */
@Controller
class SpendController {

    static final int MONTHS = 12;
    static final int MIX_MONTHS = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final Registers registers;
    private final AgencyEngagements engagements;
    private final MixTargets targets;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final AgencyWords words;
    private final Clock clock;

    SpendController(Registers registers, AgencyEngagements engagements, MixTargets targets, Viewers viewers, ApplicationEventPublisher events,
            AgencyWords words, Clock clock) {
        this.registers = registers;
        this.engagements = engagements;
        this.targets = targets;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
        this.clock = clock;
    }

    /** A row of a table: a label and its cells in words. */
    record TableRow(String label, List<String> cells) {
    }

    /** A point of the target path in words, with its date to remove it by. */
    record PathPoint(String on, String isoOn, String percent) {
    }

    /** A conversion in words. */
    record ConversionRow(String name, String agencyEnded, String agencyTeam, String permanentFrom, String permanentTeam) {
    }

    /** A quarter that may be downloaded. */
    record QuarterChoice(String value, String label, boolean selected) {
    }

    @GetMapping("/agency/spend")
    String spend(@RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireSees(viewer);
        LocalDate day = ReferenceDate.asked(date).orElseGet(() -> LocalDate.now(clock));
        Register imported = AgencyAccess.held(registers, viewer);
        Register register = engagements.withRecorded(imported);
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("held", register.has(AgencyEngagementsFile.class));
        model.addAttribute("sets", AgencyAccess.records(viewer));
        if (register.has(AgencyEngagementsFile.class)) {
            spendAndProjection(register, day, model);
        }
        mix(imported, viewer.laCode(), day, model);
        conversions(imported, day, viewer.role() == Role.HR, model);
        Map<String, Object> form = new HashMap<>();
        form.put("on", "");
        form.put("percent", "");
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", form);
        }
        DfeAgencyReturn.Quarter last = DfeAgencyReturn.Quarter.of(day).previous();
        List<QuarterChoice> quarters = new ArrayList<>();
        DfeAgencyReturn.Quarter q = DfeAgencyReturn.Quarter.of(day);
        for (int i = 0; i < 8; i++, q = q.previous()) {
            quarters.add(new QuarterChoice(q.year() + "-Q" + q.quarter(), words.text("agency.return.quarter", "Q" + q.quarter(),
                    q.financialYear(), Days.written(q.start()), Days.written(q.end())), q.equals(last)));
        }
        model.addAttribute("quarters", quarters);
        return "agency/spend";
    }

    private void spendAndProjection(Register register, LocalDate day, Model model) {
        List<AgencyEngagement> all = register.rows(AgencyEngagementsFile.class);
        Map<String, EmploymentHistory> histories = histories(register);
        YearMonth current = YearMonth.from(day);
        List<YearMonth> past = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            past.add(current.minusMonths(i));
        }
        List<String> monthLabels = past.stream().map(MONTH::format).toList();
        // By job type, month by month.
        Map<JobType, List<Double>> byType = new LinkedHashMap<>();
        List<Double> totals = new ArrayList<>();
        for (JobType type : JobType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (YearMonth month : past) {
            BigDecimal total = BigDecimal.ZERO;
            for (JobType type : JobType.values()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (AgencyEngagement e : all) {
                    if (e.jobType() == type) {
                        sum = sum.add(AgencySpend.spend(e, month.atDay(1), month.atEndOfMonth()));
                    }
                }
                byType.get(type).add(sum.doubleValue());
                total = total.add(sum);
            }
            totals.add(total.doubleValue());
        }
        CategoryChart byTypeChart = CategoryChart.stackedBars("agency-spend-by-job-type", words.text("agency.spend.byType.chart",
                        monthLabels.get(0), monthLabels.get(monthLabels.size() - 1)))
                .categories(words.text("agency.spend.month"), monthLabels)
                .valueAxis(words.text("agency.spend.axis"))
                .format(value -> AgencyWords.pounds(BigDecimal.valueOf(value)))
                .description(words.text("agency.spend.byType.description"));
        byType.forEach((type, values) -> byTypeChart.series(words.jobType(type), values));
        model.addAttribute("byTypeChart", byTypeChart.render());
        model.addAttribute("thisMonth", AgencyWords.pounds(BigDecimal.valueOf(totals.get(totals.size() - 1))));
        model.addAttribute("thisMonthName", MONTH.format(current));
        // By team, month by month: each day's amount to the worker's main agency team that day.
        Map<String, String> teamNames = new LinkedHashMap<>();
        register.teams().stream().sorted(Comparator.comparing(Team::name)).forEach(t -> teamNames.put(t.teamId(), t.name()));
        Map<String, List<String>> teamCells = new LinkedHashMap<>();
        teamNames.keySet().forEach(t -> teamCells.put(t, new ArrayList<>()));
        for (YearMonth month : past) {
            Map<String, BigDecimal> spend = new HashMap<>();
            teamNames.keySet().forEach(t -> spend.put(t, BigDecimal.ZERO));
            for (AgencyEngagement e : all) {
                AgencySpend.addByTeam(e, histories.getOrDefault(e.workerId(), EmploymentHistory.none()), month.atDay(1),
                        month.atEndOfMonth(), spend, null);
            }
            teamNames.keySet().forEach(t -> teamCells.get(t).add(AgencyWords.pounds(AgencySpend.pounds(spend.get(t)))));
        }
        List<TableRow> teamRows = new ArrayList<>();
        teamCells.forEach((team, cells) -> {
            if (cells.stream().anyMatch(cell -> !cell.equals("£0"))) {
                teamRows.add(new TableRow(teamNames.get(team), cells));
            }
        });
        teamRows.add(new TableRow(words.text("agency.spend.total"), totals.stream()
                .map(value -> AgencyWords.pounds(BigDecimal.valueOf(value))).toList()));
        model.addAttribute("months", monthLabels);
        model.addAttribute("teamRows", teamRows);

        // The twelve months after this one, from the engagements running on the day or booked after it.
        List<AgencyEngagement> ahead = all.stream().filter(e -> e.endDate() == null || !e.endDate().isBefore(day)).toList();
        List<String> aheadLabels = new ArrayList<>();
        List<Double> aheadSpend = new ArrayList<>();
        List<Double> aheadRunning = new ArrayList<>();
        BigDecimal aheadTotal = BigDecimal.ZERO;
        for (int i = 1; i <= MONTHS; i++) {
            YearMonth month = current.plusMonths(i);
            aheadLabels.add(MONTH.format(month));
            BigDecimal sum = BigDecimal.ZERO;
            int running = 0;
            for (AgencyEngagement e : ahead) {
                sum = sum.add(AgencySpend.spend(e, month.atDay(1), month.atEndOfMonth()));
                if (e.runsOn(month.atEndOfMonth())) {
                    running++;
                }
            }
            aheadSpend.add(sum.doubleValue());
            aheadRunning.add((double) running);
            aheadTotal = aheadTotal.add(sum);
        }
        model.addAttribute("projectionChart", CategoryChart.bars("agency-spend-projection", words.text("agency.projection.chart",
                        aheadLabels.get(0), aheadLabels.get(aheadLabels.size() - 1)))
                .categories(words.text("agency.spend.month"), aheadLabels)
                .series(words.text("agency.projection.series"), aheadSpend)
                .valueAxis(words.text("agency.spend.axis"))
                .format(value -> AgencyWords.pounds(BigDecimal.valueOf(value)))
                .description(words.text("agency.projection.description"))
                .render());
        model.addAttribute("projectionRunning", aheadRunning.stream().map(value -> Figures.whole(value)).toList());
        model.addAttribute("aheadMonths", aheadLabels);
        model.addAttribute("aheadTotal", AgencyWords.pounds(aheadTotal));
        model.addAttribute("runningNow", all.stream().filter(e -> e.runsOn(day)).count());
        model.addAttribute("openEnded", all.stream().filter(e -> e.runsOn(day) && e.endDate() == null).count());
    }

    private void mix(Register register, String laCode, LocalDate day, Model model) {
        List<MixTargets.Point> path = targets.of(laCode);
        List<LocalDate> ends = Days.monthEnds(day.minusMonths(MIX_MONTHS).withDayOfMonth(1), day);
        ends = ends.subList(Math.max(0, ends.size() - MIX_MONTHS), ends.size());
        WorkforceMeasures measures = WorkforceMeasures.of(register);
        List<Double> actual = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        for (LocalDate end : ends) {
            Double agencyRate = measures.forAuthority(end).agencyRateFte();
            actual.add(agencyRate == null ? null : 100 - agencyRate);
            target.add(MixTargets.targetOn(path, end));
        }
        List<String> labels = ends.stream().map(MONTH::format).toList();
        if (!labels.isEmpty()) {
            CategoryChart chart = CategoryChart.line("agency-mix", words.text("agency.mix.chart", labels.get(0), labels.get(labels.size() - 1)))
                    .categories(words.text("agency.spend.month"), labels)
                    .series(words.text("agency.mix.actual"), actual)
                    .valueAxis(words.text("agency.mix.axis"))
                    .missing(words.text("agency.mix.none"))
                    .format(value -> Figures.oneDecimal(value) + "%")
                    .labelEvery(3)
                    .description(words.text("agency.mix.description"));
            if (!path.isEmpty()) {
                chart.series(words.text("agency.mix.target"), target);
            }
            model.addAttribute("mixChart", chart.render());
            Double last = actual.get(actual.size() - 1);
            Double lastTarget = target.get(target.size() - 1);
            if (last != null && lastTarget != null) {
                double gap = last - lastTarget;
                model.addAttribute("mixStatus", words.text(gap < 0 ? "agency.mix.behind" : "agency.mix.onTrack",
                        Days.written(ends.get(ends.size() - 1)), Figures.oneDecimal(last), Figures.oneDecimal(lastTarget),
                        Figures.oneDecimal(Math.abs(gap))));
            }
        }
        model.addAttribute("path", path.stream().map(p -> new PathPoint(Days.written(p.on()), p.on().toString(),
                Figures.oneDecimal(p.permanentPercent().doubleValue()) + "%")).toList());
    }

    private void conversions(Register register, LocalDate day, boolean names, Model model) {
        LocalDate from = day.minusMonths(MIX_MONTHS);
        List<Conversions.Conversion> found = Conversions.of(register).stream()
                .filter(c -> c.permanentFrom().isAfter(from) && !c.permanentFrom().isAfter(day)).toList();
        Map<String, String> teams = new HashMap<>();
        register.teams().forEach(t -> teams.put(t.teamId(), t.name()));
        model.addAttribute("conversionCount", found.size());
        model.addAttribute("conversionsFrom", Days.written(from.plusDays(1)));
        if (names) {
            model.addAttribute("conversions", found.stream().map(c -> new ConversionRow(AgencyWords.name(register, c.workerId()),
                    c.agencyEnded() == null ? words.text("agency.engagements.open") : Days.written(c.agencyEnded()),
                    teams.getOrDefault(c.agencyTeamId(), c.agencyTeamId()), Days.written(c.permanentFrom()),
                    teams.getOrDefault(c.permanentTeamId(), c.permanentTeamId()))).toList());
        }
    }

    /** HR sets a point of the target path: a day and the permanent percentage wanted by then. */
    @PostMapping("/agency/mix-target")
    ModelAndView setTarget(@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String percent,
            RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireRecords(viewer);
        AgencyAccess.held(registers, viewer);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = null;
        try {
            day = ReferenceDate.parse(on);
        } catch (IllegalArgumentException e) {
            problems.put("target-on", words.text(on.isBlank() ? "agency.mix.error.on.missing" : "agency.mix.error.on.invalid"));
        }
        BigDecimal value = null;
        String text = percent.strip().replace("%", "");
        if (text.isEmpty()) {
            problems.put("target-percent", words.text("agency.mix.error.percent.missing"));
        } else if (!text.matches("\\d{1,3}(\\.\\d)?") || new BigDecimal(text).compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.put("target-percent", words.text("agency.mix.error.percent.range"));
        } else {
            value = new BigDecimal(text).setScale(1, RoundingMode.UNNECESSARY);
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("targetErrors", problems);
            redirect.addFlashAttribute("targetForm", Map.of("on", on, "percent", percent));
            return new ModelAndView("redirect:/agency/spend#target");
        }
        targets.set(viewer.laCode(), new MixTargets.Point(day, value), viewer.account().username());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "agency_mix_target", viewer.laCode(), "permanent " + value + "% by " + day));
        redirect.addFlashAttribute("targetSaved", words.text("agency.mix.saved", Days.written(day), Figures.oneDecimal(value.doubleValue()) + "%"));
        return new ModelAndView("redirect:/agency/spend#target");
    }

    @PostMapping("/agency/mix-target/remove")
    ModelAndView removeTarget(@RequestParam(defaultValue = "") String on, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireRecords(viewer);
        try {
            LocalDate day = ReferenceDate.parse(on);
            if (targets.remove(viewer.laCode(), day)) {
                events.publishEvent(Audited.of(viewer, Action.CHANGE, "agency_mix_target", viewer.laCode(), "removed the point of " + day));
                redirect.addFlashAttribute("targetSaved", words.text("agency.mix.removed", Days.written(day)));
            }
        } catch (IllegalArgumentException e) {
            // Nothing to remove: the page shows the path as it is.
        }
        return new ModelAndView("redirect:/agency/spend#target");
    }

    /** The quarterly DfE agency return as CSV, for a quarter such as {@code 2026-Q2} (July to September 2026). */
    @GetMapping("/agency/dfe-return.csv")
    ResponseEntity<?> dfeReturn(@RequestParam(required = false) String quarter) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireSees(viewer);
        Register register = engagements.withRecorded(AgencyAccess.held(registers, viewer));
        DfeAgencyReturn.Quarter asked;
        if (quarter == null || quarter.isBlank()) {
            asked = DfeAgencyReturn.Quarter.of(LocalDate.now(clock)).previous();
        } else {
            Matcher m = QUARTER.matcher(quarter.strip());
            if (!m.matches()) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                        .body(words.text("agency.return.error.quarter"));
            }
            asked = new DfeAgencyReturn.Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        StringBuilder csv = new StringBuilder(String.join(",", DfeAgencyReturn.COLUMNS)).append("\r\n");
        for (List<String> row : DfeAgencyReturn.rows(register, asked)) {
            csv.append(String.join(",", row)).append("\r\n");
        }
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "dfe_agency_return", viewer.laCode(), asked.financialYear() + " Q" + asked.quarter()));
        String name = "dfe-agency-return-" + register.authority().laCode() + "-" + asked.financialYear() + "-q" + asked.quarter() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, EmploymentHistory> histories(Register register) {
        Map<String, List<Employment>> rows = new HashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, EmploymentHistory> histories = new HashMap<>();
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        return histories;
    }
}
