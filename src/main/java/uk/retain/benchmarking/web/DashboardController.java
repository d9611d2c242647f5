package uk.retain.benchmarking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import uk.retain.benchmarking.NeighbourComparison;
import uk.retain.benchmarking.OfstedJudgements;
import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.benchmarking.StatisticalNeighbours;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionStatuses;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Registers;

/**
 * The dashboard: an authority's DfE measures on a census date beside its region and England, with trends, caseloads,
 * experience and the permanent/agency mix. For the roles that see an authority's aggregates: the workforce lead, HR
 * and senior leaders of the authority, and regional analysts for the councils of their region, who choose one.
 *
 * <p>Another authority, or one outside an analyst's region, is not found (404), so a page never confirms that an
 * authority it does not show is held; a role of the viewer's own authority without aggregates is refused (403).
 * Nothing is audited: the page shows aggregates only, and the caseload histogram, built from each worker's caseload,
 * is not shown to regional analysts, whose figures have small numbers suppressed ("suppressed", {@code c} in the CSV)
 * as in the measures API.
 *
 * <p>The page offers the census dates the register's history covers ({@link CensusDates#covered}) and opens on the
 * latest of them DfE has published figures for, pointing to the authority's own later ones; a {@code ?date=} that is
 * not one of them is an error on the date field.
 */
@Controller
class DashboardController {

    private final AuthorityMeasures measures;
    private final Registers registers;
    private final Viewers viewers;
    private final MessageSource messages;
    private final SupervisionPolicies supervision;
    private final Dashboards dashboards;
    private final Clock clock;

    DashboardController(AuthorityMeasures measures, Registers registers, Viewers viewers, MessageSource messages,
            SupervisionPolicies supervision, Dashboards dashboards, Clock clock) {
        this.clock = clock;
        this.measures = measures;
        this.registers = registers;
        this.viewers = viewers;
        this.messages = messages;
        this.supervision = supervision;
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String la, @RequestParam(required = false) String date, Model model,
            HttpServletResponse response) {
        Viewer viewer = viewers.require();
        boolean analyst = viewer.role() == Role.REGIONAL_ANALYST;
        List<Authority> choices = analyst ? regionalChoices(viewer) : List.of();
        String laCode = authorityOf(viewer, la, choices);
        model.addAttribute("analyst", analyst);
        model.addAttribute("choices", choices);
        model.addAttribute("la", laCode);
        if (laCode == null) {
            return "dashboard";
        }
        WorkforceMeasures register = registerOf(viewer, laCode);
        if (register == null) {
            return "dashboard";
        }
        PublishedIndicators dfe = PublishedIndicators.fromClasspath();
        List<LocalDate> covered = CensusDates.covered(register.register(), LocalDate.now(clock));
        CensusDates.HistoryStart start = CensusDates.historyStart(register.register()).orElse(null);
        model.addAttribute("historyStart", start == null ? null : Days.written(start.date()));
        model.addAttribute("historyGiven", start != null && start.given());
        if (covered.isEmpty()) {
            model.addAttribute("noDates", true);
            return "dashboard";
        }
        LocalDate opening = CensusDates.opening(covered, dfe.years());
        Optional<LocalDate> chosen = chosen(date, covered);
        if (date != null && !date.isBlank() && chosen.isEmpty()) {
            // Not a date, or not one the register covers: the page for the opening date, the error on the field.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("dateError", texts().get("dashboard.date.error"));
        }
        LocalDate reference = chosen.orElse(opening);
        model.addAttribute("dates", covered.reversed().stream()
                .map(day -> new DateOption(day.toString(), Days.written(day), day.equals(reference))).toList());
        boolean personRows = viewer.seesPersonRows() && !analyst;
        Texts texts = texts();
        model.addAttribute("dashboard", dashboards.of(register, reference, covered, personRows, viewer.getsSuppressedFigures(),
                LocaleContextHolder.getLocale(), () -> Dashboard.of(register, figures(viewer, laCode, register), dfe, reference,
                        covered, personRows, texts)));
        model.addAttribute("date", reference.toString());
        model.addAttribute("neighbours", neighbours(viewer, laCode, register, reference).orElse(null));
        if (!analyst) {
            model.addAttribute("supervision", supervision(register, laCode, reference));
        }
        LocalDate latest = covered.get(covered.size() - 1);
        if (reference.equals(opening) && latest.isAfter(opening)) {
            // DfE publishes a year's figures months after its census date: the authority's own come first.
            model.addAttribute("later", new Later(Days.written(opening), Days.written(latest), latest.toString()));
        }
        return "dashboard";
    }

    /** The headline table of the page as CSV: the same figures, one decimal place, DfE's marker where DfE gave one. */
    @GetMapping("/dashboard/headline.csv")
    ResponseEntity<byte[]> headline(@RequestParam(required = false) String la, @RequestParam(required = false) String date) {
        Viewer viewer = viewers.require();
        List<Authority> choices = viewer.role() == Role.REGIONAL_ANALYST ? regionalChoices(viewer) : List.of();
        String laCode = authorityOf(viewer, la, choices);
        WorkforceMeasures register = laCode == null ? null : registerOf(viewer, laCode);
        if (register == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PublishedIndicators dfe = PublishedIndicators.fromClasspath();
        List<LocalDate> covered = CensusDates.covered(register.register(), LocalDate.now(clock));
        if (covered.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate reference = ReferenceDate.asked(date).orElse(CensusDates.opening(covered, dfe.years()));
        if (!covered.contains(reference)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        String when = reference.toString();
        List<Column<Dashboard.HeadlineRow>> columns = List.of(
                Column.text("reference_date", "dashboard.csv.referenceDate", row -> when),
                Column.text("measure", "dashboard.csv.measure", row -> row.measure().column()),
                Column.text("description", "dashboard.csv.description", Dashboard.HeadlineRow::label),
                Column.text("authority", "dashboard.csv.authority", row -> row.authority().csv()),
                Column.text("region", "dashboard.csv.region", row -> row.region() == null ? "" : row.region().csv()),
                Column.text("england", "dashboard.csv.england", row -> row.england().csv()));
        return CsvDownload.of("dashboard-" + laCode + "-" + when + ".csv",
                Listing.of(Dashboard.headline(register, figures(viewer, laCode, register), dfe, reference, texts()), columns,
                        null, null, null));
    }

    /** The authority against its statistical neighbours on the date's census year; empty when DfE's model has none. */
    private Optional<NeighbourTable> neighbours(Viewer viewer, String laCode, WorkforceMeasures register, LocalDate reference) {
        AuthorityFigures figures = figures(viewer, laCode, register);
        return NeighbourComparison.of(laCode, reference.getYear(), measure -> figures.number(measure.column(), reference),
                        StatisticalNeighbours.fromClasspath(), PublishedIndicators.fromClasspath(), OfstedJudgements.fromClasspath())
                .map(comparison -> NeighbourTable.of(comparison, register.register().authority().name(),
                        measure -> figures.value(measure.column(), reference), messages, LocaleContextHolder.getLocale()));
    }

    /** The authority's figures as the viewer gets them: a regional analyst's with small numbers suppressed. */
    private AuthorityFigures figures(Viewer viewer, String laCode, WorkforceMeasures register) {
        if (!viewer.getsSuppressedFigures()) {
            return AuthorityFigures.asComputed(register);
        }
        var all = measures.all(laCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return AuthorityFigures.suppressed(date -> all.suppressed(date).authority());
    }

    /** The councils of the analyst's region whose registers are held, by name. */
    private List<Authority> regionalChoices(Viewer viewer) {
        return registers.authorities().stream()
                .filter(authority -> viewer.seesAggregatesOf(authority.laCode(), authority.regionCode()))
                .sorted(Comparator.comparing(Authority::name).thenComparing(Authority::laCode))
                .toList();
    }

    /**
     * The authority the page is about: the viewer's own, or for an analyst the one chosen (the first of their region
     * when none is). Null for an analyst with no council of their region held.
     */
    private static String authorityOf(Viewer viewer, String la, List<Authority> choices) {
        boolean chosen = la != null && !la.isBlank();
        if (viewer.role() == Role.REGIONAL_ANALYST) {
            if (!chosen) {
                return choices.isEmpty() ? null : choices.get(0).laCode();
            }
            if (choices.stream().noneMatch(authority -> authority.laCode().equals(la))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return la;
        }
        if (viewer.laCode() == null || (chosen && !la.equals(viewer.laCode()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!viewer.seesAggregatesOf(viewer.laCode(), null)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return viewer.laCode();
    }

    /**
     * The authority's measures, checked once more against its region now that it is known; null when the viewer's
     * own authority has no register yet.
     */
    private WorkforceMeasures registerOf(Viewer viewer, String laCode) {
        WorkforceMeasures register = measures.of(laCode).orElse(null);
        if (register == null) {
            if (viewer.role() == Role.REGIONAL_ANALYST) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return null;
        }
        Authority authority = register.register().authority();
        if (!viewer.seesAggregatesOf(authority.laCode(), authority.regionCode())) {
            throw new ResponseStatusException(laCode.equals(viewer.laCode()) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
        }
        return register;
    }

    /** The census date {@code date} asks for when it is one the register covers; empty otherwise. */
    private static Optional<LocalDate> chosen(String date, List<LocalDate> covered) {
        try {
            return ReferenceDate.asked(date).filter(covered::contains);
        } catch (ReferenceDate.NotADate notADate) {
            return Optional.empty();
        }
    }

    private Texts texts() {
        return new Texts(messages, LocaleContextHolder.getLocale());
    }

    /**
     * The authority's supervision in-date percentage on the date under its own policy (and workers' variations),
     * in words, and which policy that is; null when the register has no supervisions.
     */
    private SupervisionFigure supervision(WorkforceMeasures register, String laCode, LocalDate reference) {
        SupervisionStatuses statuses = SupervisionStatuses.of(register.register(), supervision.of(laCode));
        if (!statuses.held()) {
            return null;
        }
        SupervisionStatuses.Tally tally = statuses.authority(reference);
        Texts text = texts();
        String value = tally.inDatePercent() == null ? text.get("dashboard.supervision.none")
                : text.get("dashboard.supervision.value", uk.retain.web.charts.Figures.oneDecimal(tally.inDatePercent()),
                        tally.due() - tally.overdue(), tally.due());
        return new SupervisionFigure(value, text.get("suppolicy.uses." + statuses.policy().source().code()));
    }

    /** The supervision figure beside the caseloads: the in-date percentage in words, and the policy it uses. */
    record SupervisionFigure(String value, String source) {
    }

    /** An option of the reference date select. */
    record DateOption(String value, String label, boolean selected) {
    }

    /**
     * The authority's own figures after the last census date DfE has published: {@code published}, the date shown,
     * and {@code latest}, the latest the register covers, written and as the {@code ?date=} of its link.
     */
    record Later(String published, String latest, String latestDate) {
    }
}
