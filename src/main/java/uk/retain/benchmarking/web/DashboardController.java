package uk.retain.benchmarking.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.retain.benchmarking.PublishedIndicators;
import uk.retain.measures.WorkforceMeasures;
import uk.retain.measures.api.AuthorityMeasures;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
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
 */
@Controller
class DashboardController {

    /** Census dates are 30 September in England. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final AuthorityMeasures measures;
    private final Registers registers;
    private final Viewers viewers;
    private final MessageSource messages;

    DashboardController(AuthorityMeasures measures, Registers registers, Viewers viewers, MessageSource messages) {
        this.measures = measures;
        this.registers = registers;
        this.viewers = viewers;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String la,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
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
        LocalDate today = LocalDate.now(ENGLAND);
        List<LocalDate> covered = CensusDates.covered(register.register(), today);
        LocalDate reference = referenceDate(date, covered);
        model.addAttribute("dates", covered.reversed().stream()
                .map(day -> new DateOption(day.toString(), Days.written(day), day.equals(reference))).toList());
        model.addAttribute("dashboard", Dashboard.of(register, figures(viewer, laCode, register),
                PublishedIndicators.fromClasspath(), reference, covered, viewer.seesPersonRows() && !analyst, texts()));
        model.addAttribute("date", reference.toString());
        return "dashboard";
    }

    /** The headline table of the page as CSV: the same figures, one decimal place, DfE's marker where DfE gave one. */
    @GetMapping("/dashboard/headline.csv")
    ResponseEntity<byte[]> headline(@RequestParam(required = false) String la,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Viewer viewer = viewers.require();
        List<Authority> choices = viewer.role() == Role.REGIONAL_ANALYST ? regionalChoices(viewer) : List.of();
        String laCode = authorityOf(viewer, la, choices);
        WorkforceMeasures register = laCode == null ? null : registerOf(viewer, laCode);
        if (register == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<LocalDate> covered = CensusDates.covered(register.register(), LocalDate.now(ENGLAND));
        LocalDate reference = referenceDate(date, covered);
        String when = reference.toString();
        List<Column<Dashboard.HeadlineRow>> columns = List.of(
                Column.text("reference_date", "dashboard.csv.referenceDate", row -> when),
                Column.text("measure", "dashboard.csv.measure", row -> row.measure().column()),
                Column.text("description", "dashboard.csv.description", Dashboard.HeadlineRow::label),
                Column.text("authority", "dashboard.csv.authority", row -> row.authority().csv()),
                Column.text("region", "dashboard.csv.region", row -> row.region() == null ? "" : row.region().csv()),
                Column.text("england", "dashboard.csv.england", row -> row.england().csv()));
        return CsvDownload.of("dashboard-" + laCode + "-" + when + ".csv",
                Listing.of(Dashboard.headline(register, figures(viewer, laCode, register), PublishedIndicators.fromClasspath(),
                        reference, texts()), columns,
                        null, null, null));
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

    /** The date asked for, which must be one the register covers, or the latest. */
    private static LocalDate referenceDate(LocalDate asked, List<LocalDate> covered) {
        if (asked == null) {
            return covered.get(covered.size() - 1);
        }
        if (!covered.contains(asked)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return asked;
    }

    private Texts texts() {
        return new Texts(messages, LocaleContextHolder.getLocale());
    }

    /** An option of the reference date select. */
    record DateOption(String value, String label, boolean selected) {
    }
}
