package uk.retain.workforce.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
import uk.retain.supervision.SupervisionRecords;
import uk.retain.supervision.WorkerSupervision;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.records.WorkerRecord;
import uk.retain.workforce.records.WorkerRecords;

/**
 * A worker's page: employment history, the cases they hold on the reference date, recent allocations and
 * supervision. Every view and download is audited; a worker outside the viewer's scope is answered as if they
 * did not exist.
 */
@Controller
class WorkerController {

    /** How far back from the reference date an allocation counts as recent on a worker's page. */
    static final int RECENT_DAYS = 90;

    private final Registers registers;
    private final WorkerRecords records;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionRecords supervision;
    private final SupervisionPolicies policies;
    private final Clock clock;

    WorkerController(Registers registers, WorkerRecords records, Viewers viewers, ApplicationEventPublisher events, SupervisionRecords supervision,
            SupervisionPolicies policies, Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.records = records;
        this.viewers = viewers;
        this.events = events;
        this.supervision = supervision;
        this.policies = policies;
    }

    @GetMapping("/workers/{workerId}")
    String worker(@PathVariable String workerId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer sessions, Model model) {
        Viewer viewer = viewers.require();
        WorkerRecord record = visibleRecord(viewer, workerId, ReferenceDate.of(date, clock));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", workerId, "record on " + record.date()
                + (record.personal() != null ? ", with personal details" : "")));
        String kept = ReferenceDate.kept(date);
        model.addAttribute("record", record);
        model.addAttribute("date", Days.written(record.date()));
        model.addAttribute("cases", Listing.of(record.cases(), WorkerRecords.caseColumns(), sort, dir, page).keeping("date", kept));
        model.addAttribute("csv", ReferenceDate.link("/workers/" + workerId + "/cases.csv", kept));
        Register register = registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
        if (viewer.seesSupervisionOf(viewer.laCode(), workerId, WorkerRecords.teamsOn(register, workerId, record.date()))) {
            // The last sessions and the next date; the rest a page at a time, so a long history keeps the page short.
            WorkerSupervision due = supervision.of(register, workerId, record.date());
            model.addAttribute("due", due);
            model.addAttribute("sessions", WorkerRecords.sessions(record, sessions).keeping("date", kept).keeping("page", page));
            model.addAttribute("mayRecordSupervision", WorkerRecords.teamsOn(register, workerId, record.date()).stream()
                    .anyMatch(team -> viewer.recordsSupervisionIn(viewer.laCode(), team)));
        }
        // Which supervision policy applies on the date: the worker's variation (until when), the authority's or the contract's.
        SupervisionPolicies.Applied applied = policies.applied(viewer.laCode(), workerId, record.date());
        model.addAttribute("supervisionPolicy", applied.source().code());
        model.addAttribute("variationEnds", applied.variation() == null ? null : Days.written(applied.variation().endsOn()));
        return "workforce/worker";
    }

    @GetMapping("/workers/{workerId}/cases.csv")
    ResponseEntity<byte[]> casesCsv(@PathVariable String workerId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        Viewer viewer = viewers.require();
        WorkerRecord record = visibleRecord(viewer, workerId, ReferenceDate.of(date, clock));
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "worker", workerId, "cases.csv on " + record.date() + ", " + record.cases().size() + " case(s)"));
        return CsvDownload.of("worker-" + workerId + "-cases-" + record.date() + ".csv",
                Listing.of(record.cases(), WorkerRecords.caseColumns(), sort, dir, 1));
    }

    /**
     * The worker's record on the date, if the viewer may see it then. A team manager sees the workers in their
     * teams on the date, with the cases they hold in those teams (decision 0013): another date, another team, another
     * authority and an unknown id are all the same 404.
     */
    private WorkerRecord visibleRecord(Viewer viewer, String workerId, LocalDate date) {
        Register register = Optional.ofNullable(viewer.laCode()).flatMap(registers::find).orElseThrow(PageNotFound::new).register();
        String laCode = register.authority().laCode();
        if (!viewer.seesWorker(laCode, workerId, WorkerRecords.teamsOn(register, workerId, date))) {
            throw new PageNotFound();
        }
        return records.find(register, workerId, date, RECENT_DAYS, viewer.seesPersonalDetails(laCode),
                team -> viewer.seesCasesHeldIn(laCode, team)).orElseThrow(PageNotFound::new);
    }
}
