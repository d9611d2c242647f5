package uk.retain.supervision.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionRecords;
import uk.retain.supervision.WorkerSupervision;
import uk.retain.web.Days;
import uk.retain.web.Paged;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.records.WorkerRecords;

/**
 * A social worker's own supervision record: their next supervision date under the rule that applies to them (and
 * which rule that is), whether it is overdue, and their sessions newest first, ten at a time. A session their
 * manager records appears here at once. An account not linked to a worker of the register is told so plainly.
 */
@Controller
class MySupervisionController {

    private final Registers registers;
    private final SupervisionRecords records;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final WorkerRecords workerRecords;
    private final Clock clock;

    MySupervisionController(Registers registers, SupervisionRecords records, Viewers viewers, ApplicationEventPublisher events, WorkerRecords workerRecords,
            Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.records = records;
        this.viewers = viewers;
        this.events = events;
        this.workerRecords = workerRecords;
    }

    @GetMapping("/my-supervision")
    String mine(@RequestParam(required = false) String date, @RequestParam(name = "sessions", required = false) Integer page,
            Model model) {
        Viewer viewer = viewers.require();
        if (viewer.role() != Role.SOCIAL_WORKER) {
            throw new AccessDeniedException("my supervision is a social worker's page");
        }
        LocalDate day = ReferenceDate.of(date, clock);
        model.addAttribute("date", Days.written(day));
        String workerId = viewer.account().workerId();
        if (workerId == null) {
            model.addAttribute("problem", "supervision.mine.noWorker");
            return "supervision/mine";
        }
        Register register = viewer.laCode() == null ? null : registers.find(viewer.laCode()).map(Registers.StoredRegister::register).orElse(null);
        if (register == null || register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))
                || !viewer.seesSupervisionOf(register.authority().laCode(), workerId, java.util.Set.of())) {
            model.addAttribute("problem", "supervision.mine.notInRegister");
            return "supervision/mine";
        }
        WorkerSupervision due = records.of(register, workerId, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision", workerId, "own supervision on " + day));
        model.addAttribute("due", due);
        model.addAttribute("sessions", Paged.of(workerRecords.supervisionRows(register, due.sessions()),
                WorkerRecords.SESSIONS_SHOWN, page, "sessions", "supervision")
                .keeping("date", ReferenceDate.kept(date)));
        return "supervision/mine";
    }
}
