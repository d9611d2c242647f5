package uk.retain.census.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.retain.census.CensusCheck;
import uk.retain.census.CensusExports;
import uk.retain.census.CensusFinding;
import uk.retain.census.CensusReturn;
import uk.retain.census.CensusWorker;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.Figure;
import uk.retain.workforce.CensusYear;

/**
 * The census return page for HR and the workforce lead: the return of the authority's register for a census year and
 * its pre-submission checks (what to fix and where); for HR, when it passes them and the schema, its download (the
 * return carries personal details, which are for HR only). Other roles are refused (403).
 */
@Controller
class CensusController {

    /** The earliest census year asked for: the census began in 2017, and the register's history rarely goes back. */
    static final int EARLIEST_YEAR = 2000;

    private final CensusExports exports;
    private final Viewers viewers;
    private final MessageSource messages;
    private final Clock clock;

    CensusController(CensusExports exports, Viewers viewers, MessageSource messages, Clock clock) {
        this.exports = exports;
        this.viewers = viewers;
        this.messages = messages;
        this.clock = clock;
    }

    /** One failed check as the page lists it. */
    record Row(String text, String workerId, String sweNumber, String field, String where, boolean blocking) {
    }

    @GetMapping("/census")
    String census(@RequestParam(required = false) String year, Model model) {
        Viewer viewer = viewers.require();
        if (!viewer.checksCensusOf(viewer.laCode())) {
            throw new AccessDeniedException("the census return's checks are for HR and the workforce lead");
        }
        model.addAttribute("mayStart", viewer.startsFromCensusReturnOf(viewer.laCode()));
        int latest = latestYear();
        model.addAttribute("yearValue", year == null ? Integer.toString(defaultYear()) : year);
        Optional<CensusYear> asked = year == null ? Optional.of(CensusYear.of(defaultYear())) : parse(year, latest);
        if (asked.isEmpty()) {
            model.addAttribute("yearError", text("census.year.error", Integer.toString(latest)));
            model.addAttribute("registerHeld", true);
            return "census/census";
        }
        CensusYear censusYear = asked.get();
        model.addAttribute("intro", text("census.intro", Days.written(censusYear.referenceDate())));
        Optional<CensusExports.Checked> found = exports.of(viewer.laCode(), censusYear);
        model.addAttribute("registerHeld", found.isPresent());
        if (found.isEmpty()) {
            return "census/census";
        }
        CensusExports.Checked checked = found.get();
        exports.viewed(viewer, checked);
        model.addAttribute("year", censusYear.year());
        model.addAttribute("heading", text("census.summary.heading", Integer.toString(censusYear.year())));
        model.addAttribute("summary", summary(checked));
        model.addAttribute("offered", checked.offered());
        model.addAttribute("mayDownload", viewer.exportsCensusOf(viewer.laCode()));
        model.addAttribute("rows", rows(checked.findings()));
        model.addAttribute("blockingCount", checked.blocking().size());
        return "census/census";
    }

    @GetMapping("/census/return.xml")
    ResponseEntity<byte[]> download(@RequestParam String year) {
        Viewer viewer = viewers.require();
        if (!viewer.exportsCensusOf(viewer.laCode())) {
            throw new AccessDeniedException("the census return carries personal details: it is for HR");
        }
        CensusYear censusYear = parse(year, latestYear()).orElse(null);
        Optional<CensusExports.Checked> found = censusYear == null ? Optional.empty() : exports.of(viewer.laCode(), censusYear);
        if (found.isEmpty() || !found.get().offered()) {
            // Nothing to give: back to the page, which says why.
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/census" + (censusYear == null ? "" : "?year=" + censusYear.year()))
                    .build();
        }
        CensusExports.Checked checked = found.get();
        exports.exported(viewer, checked, "from the census page");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("census-" + checked.census().lea() + "-" + censusYear.referenceDate() + ".xml").build().toString())
                .body(checked.xml());
    }

    /** The latest census year whose 30 September has come: the return is made after it. */
    private int defaultYear() {
        return CensusYear.latestOnOrBefore(LocalDate.now(clock)).year();
    }

    private int latestYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    static Optional<CensusYear> parse(String text, int latest) {
        String trimmed = text.strip();
        if (!trimmed.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(trimmed);
        return year < EARLIEST_YEAR || year > latest ? Optional.empty() : Optional.of(CensusYear.of(year));
    }

    private List<Figure> summary(CensusExports.Checked checked) {
        CensusReturn census = checked.census();
        long agency = census.workers().stream().filter(CensusWorker::agencyWorker).count();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(text("census.summary.records"), Integer.toString(census.workers().size())));
        figures.add(new Figure(text("census.summary.nonAgency"), Long.toString(census.workers().size() - agency)));
        figures.add(new Figure(text("census.summary.agency"), Long.toString(agency)));
        figures.add(new Figure(text("census.summary.vacancies"), census.numberOfVacancies() == null
                ? text("census.summary.vacanciesNotGiven") : census.numberOfVacancies().toPlainString()));
        figures.add(new Figure(text("census.summary.agencyFte"), census.noAgencyFte().toPlainString()));
        figures.add(new Figure(text("census.summary.agencyHeadcount"), Integer.toString(census.noAgencyHeadcount())));
        figures.add(new Figure(text("census.summary.schema"), checked.schemaErrors().isEmpty() ? text("census.summary.schemaValid")
                : text("census.summary.schemaInvalid", Integer.toString(checked.schemaErrors().size()))));
        return figures;
    }

    private List<Row> rows(List<CensusFinding> findings) {
        List<Row> rows = new ArrayList<>();
        for (CensusFinding finding : findings) {
            CensusCheck check = finding.check();
            String where = check.file() == null ? text("census.checks.whereNone")
                    : check.column() == null ? text("census.checks.whereFile", check.file())
                    : text("census.checks.where", check.file(), check.column());
            rows.add(new Row(text("census.check." + check.code()), finding.workerId(), finding.sweNumber(), check.field(), where,
                    finding.blocking()));
        }
        return rows;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.UK);
    }
}
