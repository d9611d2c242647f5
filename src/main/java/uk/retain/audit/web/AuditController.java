package uk.retain.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.audit.AuditTrail;
import uk.retain.audit.AuditTrail.Event;
import uk.retain.audit.AuditTrail.Search;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewers;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Listing;

/** The administrator's search of the audit trail: who saw or changed what, when, from where. */
@Controller
class AuditController {

    /** A search shows at most this many of the newest matching events; narrow it to see older ones. */
    static final int MAX_EVENTS = 5000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    private final AuditTrail audit;
    private final Viewers viewers;

    AuditController(AuditTrail audit, Viewers viewers) {
        this.audit = audit;
        this.viewers = viewers;
    }

    static List<Column<Event>> columns() {
        return List.of(
                Column.text("when", "audit.when", (Event e) -> WHEN.format(e.occurredAt())),
                Column.text("user", "audit.user", Event::username),
                Column.text("action", "audit.action", (Event e) -> e.action().name()),
                Column.text("subject_type", "audit.subjectType", Event::subjectType),
                Column.text("subject_id", "audit.subjectId", Event::subjectId),
                Column.text("address", "audit.address", Event::address),
                Column.text("detail", "audit.detail", Event::detail));
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String user, @RequestParam(required = false) Action action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model) {
        administrator();
        Search search = new Search(user, action, subject, from, to);
        model.addAttribute("search", search);
        model.addAttribute("actions", Arrays.asList(Action.values()));
        model.addAttribute("matching", audit.count(search));
        model.addAttribute("listing", Listing.of(audit.search(search, 0, MAX_EVENTS), columns(), sort == null ? "when" : sort,
                dir == null ? "desc" : dir, page));
        return "audit/audit";
    }

    /** The URL rules already keep others out; this keeps them out should a rule ever be lost. */
    private uk.retain.people.Viewer administrator() {
        uk.retain.people.Viewer viewer = viewers.require();
        if (!viewer.readsAudit()) {
            throw new AccessDeniedException("the audit trail is for administrators");
        }
        return viewer;
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String user, @RequestParam(required = false) Action action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Search search = new Search(user, action, subject, from, to);
        audit.record(Audited.of(administrator(), Action.EXPORT, "audit", null, null));
        return CsvDownload.of("audit.csv", Listing.of(audit.search(search, 0, MAX_EVENTS), columns(), "when", "desc", 1));
    }
}
