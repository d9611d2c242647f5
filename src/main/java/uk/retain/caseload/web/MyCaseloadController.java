package uk.retain.caseload.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.Caseloads;
import uk.retain.caseload.WorkerLoad;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionRecords;
import uk.retain.web.CsvDownload;
import uk.retain.web.Days;
import uk.retain.web.Listing;
import uk.retain.web.PageNotFound;
import uk.retain.web.ReferenceDate;
import uk.retain.web.charts.Figures;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.records.WorkerRecord;
import uk.retain.workforce.records.WorkerRecords;

/**
 * A social worker's own caseload: the open cases they hold, what was allocated to them lately, and their
 * supervision record. An account not linked to a worker of the register is told so plainly. The record is the
 * worker page's, read through the register pages' named interface {@code records}, so both show a worker alike.
 */
@Controller
class MyCaseloadController {

    /** "Recently allocated to me": allocations that started in this many days up to the reference date. */
    static final int RECENT_DAYS = 30;

    private final Registers registers;
    private final WorkerRecords records;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final CaseloadPolicies policies;
    private final Texts texts;
    private final SupervisionRecords supervision;
    private final Clock clock;

    MyCaseloadController(Registers registers, WorkerRecords records, Viewers viewers, ApplicationEventPublisher events,
            CaseloadPolicies policies, Texts texts, SupervisionRecords supervision, Clock clock) {
        this.clock = clock;
        this.supervision = supervision;
        this.registers = registers;
        this.records = records;
        this.viewers = viewers;
        this.events = events;
        this.policies = policies;
        this.texts = texts;
    }

    /**
     * The worker's own load on the date against their cap under the authority's caseload policy, in words.
     *
     * @param cases "1 of my cap of 6 (16.7%)", or the cases alone when their role holds no cases
     * @param points "11 of my capacity of 40 points" when the policy weighs cases, otherwise null
     */
    record MyLoad(String cases, String points, boolean overCap) {
    }

    @GetMapping("/my-caseload")
    String myCaseload(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer sessions, Model model) {
        Viewer viewer = socialWorker();
        LocalDate day = ReferenceDate.of(date, clock);
        model.addAttribute("date", Days.written(day));
        if (viewer.account().workerId() == null) {
            model.addAttribute("problem", "caseload.noWorker");
            return "caseload/my-caseload";
        }
        Optional<WorkerRecord> record = own(viewer, day);
        if (record.isEmpty()) {
            model.addAttribute("problem", "caseload.notInRegister");
            return "caseload/my-caseload";
        }
        events.publishEvent(Audited.of(viewer, Action.VIEW, "worker", viewer.account().workerId(), "own caseload on " + day));
        String kept = ReferenceDate.kept(date);
        model.addAttribute("record", record.get());
        model.addAttribute("cases", Listing.of(record.get().cases(), WorkerRecords.caseColumns(), sort, dir, page).keeping("date", kept));
        model.addAttribute("csv", ReferenceDate.link("/my-caseload/cases.csv", kept));
        model.addAttribute("load", load(viewer, day));
        Register register = registers.find(viewer.laCode()).orElseThrow().register();
        model.addAttribute("due", supervision.of(register, viewer.account().workerId(), day));
        model.addAttribute("sessions", WorkerRecords.sessions(record.get(), sessions).keeping("date", kept).keeping("page", page));
        return "caseload/my-caseload";
    }

    @GetMapping("/my-caseload/cases.csv")
    ResponseEntity<byte[]> casesCsv(@RequestParam(required = false) String date, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Viewer viewer = socialWorker();
        LocalDate day = ReferenceDate.of(date, clock);
        WorkerRecord record = (viewer.account().workerId() == null ? Optional.<WorkerRecord>empty() : own(viewer, day))
                .orElseThrow(PageNotFound::new);
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "worker", viewer.account().workerId(),
                "own cases.csv on " + day + ", " + record.cases().size() + " case(s)"));
        return CsvDownload.of("my-cases-" + day + ".csv", Listing.of(record.cases(), WorkerRecords.caseColumns(), sort, dir, 1));
    }

    /** The viewer's load on the day, or null when they are not in employment on it. */
    private MyLoad load(Viewer viewer, LocalDate day) {
        Register register = registers.find(viewer.laCode()).orElseThrow().register();
        WorkerLoad load = Caseloads.of(register, policies.of(viewer.laCode(), day), day).workers().get(viewer.account().workerId());
        if (load == null) {
            return null;
        }
        String cases = load.cap() == 0 ? texts.text("caseload.load.noCap", load.cases())
                : texts.text("caseload.load.cases", load.cases(), load.cap(), Figures.oneDecimalPlain(load.percent()));
        String points = load.weighted() ? texts.text("caseload.load.points", load.points(), load.capacityPoints()) : null;
        return new MyLoad(cases, points, load.overCap());
    }

    private Viewer socialWorker() {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.SOCIAL_WORKER) {
            throw new AccessDeniedException("my caseload is a social worker's page");
        }
        return viewer;
    }

    /** The viewer's own record, checked against their scope like any other worker's. */
    private Optional<WorkerRecord> own(Viewer viewer, LocalDate day) {
        String workerId = viewer.account().workerId();
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).map(Registers.StoredRegister::register)
                .filter(register -> viewer.seesWorker(register.authority().laCode(), workerId, WorkerRecords.teamsOn(register, workerId, day)))
                .flatMap(register -> records.find(register, workerId, day, RECENT_DAYS,
                        viewer.seesPersonalDetails(register.authority().laCode()),
                        team -> viewer.seesCasesHeldIn(register.authority().laCode(), team)));
    }
}
