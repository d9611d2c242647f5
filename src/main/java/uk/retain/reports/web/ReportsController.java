package uk.retain.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.reports.Report;
import uk.retain.reports.ReportBuilder;
import uk.retain.reports.ReportContent;
import uk.retain.reports.ReportPdf;
import uk.retain.reports.ReportXlsx;
import uk.retain.web.Days;
import uk.retain.workforce.Registers;

/**
 * The reports page ({@code /reports}), each report as a page ({@code /reports/members}, {@code /reports/ofsted}), as
 * PDF ({@code .pdf}) and as XLSX ({@code .xlsx}): for senior leaders and the workforce lead of the authority only
 * ({@link Viewer#downloadsReportsOf}); anyone else is refused (403). A report is aggregates, so viewing it is not
 * audited; each download is ({@code EXPORT} of a {@code report}), as a file that leaves Retain.
 */
@Controller
class ReportsController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportBuilder reports;
    private final ReportPdf pdf;
    private final ReportXlsx xlsx;
    private final Viewers viewers;
    private final Registers registers;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ReportsController(ReportBuilder reports, ReportPdf pdf, ReportXlsx xlsx, Viewers viewers, Registers registers,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.viewers = viewers;
        this.registers = registers;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String index(Model model) {
        Viewer viewer = allowed();
        model.addAttribute("authorityName", registers.find(viewer.laCode())
                .map(stored -> stored.register().authority().name()).orElse(null));
        model.addAttribute("reports", List.of(Report.values()));
        return "reports/index";
    }

    @GetMapping("/reports/{code}")
    String page(@PathVariable String code, Model model) {
        Viewer viewer = allowed();
        model.addAttribute("report", content(viewer, code));
        return "reports/report";
    }

    @GetMapping("/reports/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        Viewer viewer = allowed();
        ReportContent report = content(viewer, code);
        byte[] body = pdf.pdf(report, made(), LocaleContextHolder.getLocale());
        return download(viewer, report, "pdf", MediaType.APPLICATION_PDF, body);
    }

    @GetMapping("/reports/{code}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code) {
        Viewer viewer = allowed();
        ReportContent report = content(viewer, code);
        return download(viewer, report, "xlsx", XLSX, xlsx.xlsx(report, made()));
    }

    private Viewer allowed() {
        Viewer viewer = viewers.require();
        if (!viewer.downloadsReportsOf(viewer.laCode())) {
            throw new AccessDeniedException("the reports are for senior leaders and the workforce lead");
        }
        return viewer;
    }

    private ReportContent content(Viewer viewer, String code) {
        Report report = Report.ofCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = LocaleContextHolder.getLocale();
        return reports.of(report, viewer.laCode(), locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String made() {
        return messages.getMessage("reports.generated", new Object[] {Days.written(LocalDate.now(clock))},
                LocaleContextHolder.getLocale());
    }

    private ResponseEntity<byte[]> download(Viewer viewer, ReportContent report, String extension, MediaType type, byte[] body) {
        String file = report.report().code() + "-" + report.laCode() + "-" + report.day() + "." + extension;
        events.publishEvent(Audited.of(viewer, Audited.Action.EXPORT, "report", report.report().code(), report.title() + " as "
                + extension.toUpperCase(Locale.ROOT) + " (" + file + ")"));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }
}
