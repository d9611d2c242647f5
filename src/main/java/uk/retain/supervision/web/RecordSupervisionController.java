package uk.retain.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionRecording;
import uk.retain.supervision.SupervisionRecording.Draft;
import uk.retain.web.Days;
import uk.retain.web.FormErrorCode;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.Worker;
import uk.retain.workforce.records.PersonName;
import uk.retain.workforce.records.WorkerRecords;

/**
 * A team manager records a supervision session held with a worker of their teams: one form, each problem on its
 * field and in the error summary, nothing written unless every rule passes ({@link SupervisionRecording}). The
 * supervisor is the manager's own worker when their account is linked to one; otherwise they choose who held it.
 */
@Controller
class RecordSupervisionController {

    private static final String VIEW = "supervision/record";

    private final SupervisionRecording recording;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;

    RecordSupervisionController(SupervisionRecording recording, Registers registers, Viewers viewers, ApplicationEventPublisher events,
            SupervisionWords words) {
        this.recording = recording;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    /** A worker who may be chosen on the form: id and name, sorted by family name. */
    record Choice(String workerId, String name) {
    }

    /** What was entered, shown again with the problems. */
    record Form(String worker, String day, String month, String year, String kind, String minutes, String casesDiscussed,
            String supervisor) {

        static final Form EMPTY = new Form("", "", "", "", "", "", "", "");
    }

    /** The session just recorded, for the banner. */
    record Done(String kind, int minutes, String workerName, String workerId, String date) implements java.io.Serializable {
    }

    /** The empty form; {@code worker} (from a worker's page) chooses the supervisee. */
    @GetMapping("/supervision/record")
    String form(@RequestParam(required = false) String worker, Model model) {
        Viewer viewer = recorder();
        Register register = register(viewer);
        Form form = worker == null ? Form.EMPTY : new Form(worker, "", "", "", "", "", "", "");
        return show(viewer, register, form, Map.of(), model);
    }

    @PostMapping("/supervision/record")
    ModelAndView record(@RequestParam(defaultValue = "") String worker, @RequestParam(name = "date-day", defaultValue = "") String day,
            @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String minutes, @RequestParam(defaultValue = "") String casesDiscussed,
            @RequestParam(defaultValue = "") String supervisor, RedirectAttributes redirect) {
        Viewer viewer = recorder();
        Register register = register(viewer);
        String laCode = register.authority().laCode();
        String supervisorId = ownWorker(viewer, register).orElse(supervisor);
        String dateProblem = null;
        LocalDate date = null;
        if (!(day.isBlank() && month.isBlank() && year.isBlank())) {
            date = Days.fromBoxes(day, month, year);
            if (date == null) {
                dateProblem = "supervision.record.error.date.invalid";
            }
        }
        Draft draft = new Draft(worker, date, dateProblem, kind, minutes, casesDiscussed, supervisorId);
        var outcome = recording.record(laCode, draft, team -> viewer.recordsSupervisionIn(laCode, team),
                viewer.account().username(), version -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "supervision", worker.strip(),
                        "recorded a " + kind.strip() + " session on " + draft.date() + " of " + minutes.strip() + " minutes, "
                                + casesDiscussed.strip() + " case(s) discussed")));
        return switch (outcome) {
            case SupervisionRecording.Recorded recorded -> {
                redirect.addFlashAttribute("done", new Done(words.of("worker.supervision.kind", recorded.session().kind()),
                        recorded.session().minutes(), WorkerRecords.nameOf(WorkerRecords.workers(register), recorded.session().workerId()), recorded.session().workerId(),
                        Days.written(recorded.session().date())));
                yield new ModelAndView("redirect:/supervision/record");
            }
            case SupervisionRecording.Refused refused -> {
                ModelAndView page = new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
                show(viewer, register, new Form(worker, day, month, year, kind, minutes, casesDiscussed, supervisor),
                        refused.problems(), page.getModelMap());
                yield page;
            }
        };
    }

    private String show(Viewer viewer, Register register, Form form, Map<String, String> problems, Map<String, Object> model) {
        String laCode = register.authority().laCode();
        LocalDate today = recording.today();
        // Everyone who is or was in the manager's teams: a session may be recorded late, for a day they were in them.
        model.put("workers", choices(register, null, team -> viewer.recordsSupervisionIn(laCode, team)));
        model.put("kinds", List.of(SupervisionKind.values()).stream().map(SupervisionKind::code).toList());
        Optional<String> own = ownWorker(viewer, register);
        model.put("ownSupervisor", own.map(id -> WorkerRecords.nameOf(WorkerRecords.workers(register), id)).orElse(null));
        model.put("supervisors", own.isPresent() ? List.of() : choices(register, today, team -> true));
        model.put("form", form);
        model.put("noTeam", viewer.account().teamIds().isEmpty());
        Map<String, String> fieldErrors = new LinkedHashMap<>(problems);
        List<FormErrorCode> errors = new ArrayList<>();
        problems.forEach((field, code) -> errors.add(new FormErrorCode(fieldId(field), code)));
        model.put("fieldErrors", fieldErrors);
        model.put("errors", errors.isEmpty() ? null : errors);
        return VIEW;
    }

    private String show(Viewer viewer, Register register, Form form, Map<String, String> problems, Model model) {
        Map<String, Object> values = new LinkedHashMap<>();
        String view = show(viewer, register, form, problems, values);
        model.addAllAttributes(values);
        return view;
    }

    /**
     * The workers in employment on {@code day} (null: on any day) in a team {@code teams} accepts, by family name.
     */
    private static List<Choice> choices(Register register, LocalDate day, Predicate<String> teams) {
        Map<String, Worker> workers = WorkerRecords.workers(register);
        return register.employments().stream().filter(row -> (day == null || row.inForceOn(day)) && teams.test(row.teamId()))
                .map(row -> row.workerId()).distinct().filter(workers::containsKey).map(workers::get)
                .sorted(Comparator.comparing(PersonName::of))
                .map(w -> new Choice(w.workerId(), PersonName.of(w).toString())).toList();
    }

    /** The id of the field the error summary links to: the date's first box, the kind's first radio. */
    private static String fieldId(String field) {
        return switch (field) {
            case "date" -> "date-day";
            default -> field;
        };
    }

    /** The manager's own worker in the register, when their account is linked to one. */
    private static Optional<String> ownWorker(Viewer viewer, Register register) {
        String workerId = viewer.account().workerId();
        return workerId != null && register.workers().stream().anyMatch(w -> w.workerId().equals(workerId))
                ? Optional.of(workerId) : Optional.empty();
    }

    private Register register(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).orElseThrow(PageNotFound::new).register();
    }

    private Viewer recorder() {
        Viewer viewer = viewers.require();
        if (!viewer.recordsSupervision()) {
            throw new AccessDeniedException("team managers record supervision");
        }
        return viewer;
    }
}
