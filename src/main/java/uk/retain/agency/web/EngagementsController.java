package uk.retain.agency.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.agency.AgencyCheck;
import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagements;
import uk.retain.agency.AgencyEngagementsFile;
import uk.retain.agency.AgencyRateCapsFile;
import uk.retain.agency.RateCap;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.Paged;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * The engagements page (every engagement, or those running on a day, with the checks each fails and who approved),
 * the breaches report (the engagements that fail a check, unapproved first, with who approved the others and why),
 * the price caps, and the engagements recorded in Retain as an agency_engagements.csv for the HR system. Each page
 * names people and their pay: seeing it is audited.
 */
@Controller
class EngagementsController {

    private final Registers registers;
    private final AgencyEngagements engagements;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final AgencyWords words;
    private final Clock clock;

    EngagementsController(Registers registers, AgencyEngagements engagements, Viewers viewers, ApplicationEventPublisher events,
            AgencyWords words, Clock clock) {
        this.registers = registers;
        this.engagements = engagements;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
        this.clock = clock;
    }

    /** One engagement in words. */
    record Row(String engagementId, String workerId, String name, String agency, String jobType, String start, String end,
            String hours, String pay, String charge, String checks, boolean failed, String approvedBy, String reason,
            boolean running, boolean recorded) {
    }

    /** Engagements a page: a large council's history of locums runs to hundreds. */
    static final int SHOWN = 50;

    @GetMapping("/agency")
    String engagements(@RequestParam(required = false) String date, @RequestParam(required = false) String show,
            @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireSees(viewer);
        LocalDate day = ReferenceDate.asked(date).orElseGet(() -> LocalDate.now(clock));
        Register register = engagements.withRecorded(AgencyAccess.held(registers, viewer));
        boolean all = "all".equals(show);
        List<Row> rows = rows(register, day).stream().filter(row -> all || row.running()).toList();
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("kept", ReferenceDate.kept(date));
        model.addAttribute("held", register.has(AgencyEngagementsFile.class));
        model.addAttribute("all", all);
        Paged<Row> paged = Paged.of(rows, SHOWN, page, "page", "engagements").keeping("show", all ? "all" : null)
                .keeping("date", ReferenceDate.kept(date));
        model.addAttribute("rows", paged.rows());
        model.addAttribute("paged", paged);
        model.addAttribute("records", AgencyAccess.records(viewer));
        model.addAttribute("laCode", viewer.laCode());
        model.addAttribute("running", rows(register, day).stream().filter(Row::running).count());
        events.publishEvent(Audited.of(viewer, Action.VIEW, "agency_engagements", viewer.laCode(),
                (all ? "every engagement" : "engagements running on " + day) + ", " + paged.rows().size() + " of " + rows.size()
                        + " row(s), page " + paged.page()));
        return "agency/engagements";
    }

    @GetMapping("/agency/breaches")
    String breaches(@RequestParam(required = false) String date, Model model) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireSees(viewer);
        LocalDate day = ReferenceDate.asked(date).orElseGet(() -> LocalDate.now(clock));
        Register register = engagements.withRecorded(AgencyAccess.held(registers, viewer));
        List<Row> failing = rows(register, day).stream().filter(Row::failed)
                .sorted(Comparator.comparing((Row row) -> row.approvedBy() != null))
                .toList();
        Map<AgencyCheck, int[]> byCheck = new java.util.EnumMap<>(AgencyCheck.class);
        for (AgencyCheck check : AgencyCheck.values()) {
            byCheck.put(check, new int[2]);
        }
        for (AgencyChecks.Checked checked : AgencyChecks.all(register)) {
            for (AgencyCheck check : checked.failed()) {
                byCheck.get(check)[checked.engagement().approved() ? 1 : 0]++;
            }
        }
        List<CheckCount> counts = new ArrayList<>();
        byCheck.forEach((check, n) -> counts.add(new CheckCount(words.check(check), words.text("agency.check." + check.code() + ".explained"),
                n[0], n[1])));
        model.addAttribute("date", Days.written(day));
        model.addAttribute("isoDate", day.toString());
        model.addAttribute("held", register.has(AgencyEngagementsFile.class));
        model.addAttribute("unapproved", failing.stream().filter(row -> row.approvedBy() == null).toList());
        model.addAttribute("approved", failing.stream().filter(row -> row.approvedBy() != null).toList());
        model.addAttribute("unapprovedRunning", failing.stream().filter(row -> row.approvedBy() == null && row.running()).count());
        model.addAttribute("counts", counts);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "agency_breaches", viewer.laCode(), failing.size() + " engagement(s) failing a check"));
        return "agency/breaches";
    }

    /** How many engagements fail a check, without and with approval. */
    record CheckCount(String check, String explained, int unapproved, int approved) {
    }

    /** A price cap in words. */
    record CapRow(String region, String jobType, String from, String to, String max, boolean ownRegion) {
    }

    /** One rate of the London memorandum's 2016 table (domain.md §4.4): example data for the demo only. */
    record ExampleRate(String role, String hourly) {
    }

    /** The London Memorandum of Co-operation's hourly caps from 1 January 2016, 29 of 33 boroughs (domain.md §4.4). */
    static final List<String[]> LONDON_2016 = List.of(new String[] {"postAsye", "25"}, new String[] {"socialWorker", "28"},
            new String[] {"experienced", "32"}, new String[] {"senior", "35"}, new String[] {"advanced", "35"},
            new String[] {"assistantManager", "38"}, new String[] {"teamManager", "42"});

    /** The demo council, whose caps are example figures. */
    static final String DEMO_LA = "999";

    @GetMapping("/agency/caps")
    String caps(Model model) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireSees(viewer);
        Register register = AgencyAccess.held(registers, viewer);
        String region = register.authority().regionCode();
        List<CapRow> caps = register.rows(AgencyRateCapsFile.class).stream()
                .sorted(Comparator.comparing((RateCap cap) -> !cap.regionCode().equals(region)).thenComparing(RateCap::regionCode)
                        .thenComparing(RateCap::jobType).thenComparing(RateCap::effectiveFrom))
                .map(cap -> new CapRow(cap.regionCode(), words.jobType(cap.jobType()), Days.written(cap.effectiveFrom()),
                        cap.effectiveTo() == null ? words.text("agency.caps.open") : Days.written(cap.effectiveTo()),
                        AgencyWords.pence(cap.maxHourlyPay()), cap.regionCode().equals(region)))
                .toList();
        model.addAttribute("held", register.has(AgencyRateCapsFile.class));
        model.addAttribute("caps", caps);
        model.addAttribute("region", region);
        model.addAttribute("priceCapFrom", Days.written(AgencyChecks.PRICE_CAP_FROM));
        model.addAttribute("demo", DEMO_LA.equals(register.authority().laCode()));
        model.addAttribute("london", LONDON_2016.stream()
                .map(rate -> new ExampleRate(words.text("agency.caps.london." + rate[0]), AgencyWords.pence(new BigDecimal(rate[1]))))
                .toList());
        return "agency/caps";
    }

    private List<Row> rows(Register register, LocalDate day) {
        Map<String, Boolean> recorded = new HashMap<>();
        engagements.recorded(register.authority().laCode()).forEach(r -> recorded.put(r.engagement().engagementId(), true));
        List<Row> rows = new ArrayList<>();
        for (AgencyChecks.Checked checked : AgencyChecks.all(register)) {
            AgencyEngagement e = checked.engagement();
            String checks = checked.checked() ? words.checks(checked.failed()) : words.text("agency.checks.notChecked");
            rows.add(new Row(e.engagementId(), e.workerId(), AgencyWords.name(register, e.workerId()), e.agency(),
                    words.jobType(e.jobType()), Days.written(e.startDate()),
                    e.endDate() == null ? words.text("agency.engagements.open") : Days.written(e.endDate()),
                    e.hoursPerWeek().stripTrailingZeros().toPlainString(), AgencyWords.pence(e.hourlyPay()),
                    AgencyWords.pence(e.hourlyCharge()), checks, !checked.failed().isEmpty(), e.overrideApprovedBy(),
                    e.overrideReason(), e.runsOn(day), recorded.containsKey(e.engagementId())));
        }
        rows.sort(Comparator.comparing((Row row) -> !row.running()));
        return rows;
    }
}
