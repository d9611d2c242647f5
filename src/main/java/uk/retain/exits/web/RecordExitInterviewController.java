package uk.retain.exits.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import uk.retain.exits.ExitInterviewRecording;
import uk.retain.exits.ExitInterviewRecording.Draft;
import uk.retain.exits.LeavingReason;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.FormErrorCode;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Worker;

/**
 * An HR officer records an exit interview: one form, each problem on its field and in the error summary, nothing
 * written unless every rule passes ({@link ExitInterviewRecording}), audited with the answers given. The interviews
 * recorded in Retain since the last import are listed under the form.
 */
@Controller
class RecordExitInterviewController {

    private static final String VIEW = "exits/record";
    /** Leavers offered in the list: those who leave from this many days before today to this many after. */
    private static final int OFFERED_DAYS = 365;

    private final ExitInterviewRecording recording;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final ExitWords words;

    RecordExitInterviewController(ExitInterviewRecording recording, Registers registers, Viewers viewers, ApplicationEventPublisher events,
            ExitWords words) {
        this.recording = recording;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    record Form(String worker, String day, String month, String year, String mainReason, List<String> otherReasons,
            String wouldReturn, String wouldRecommend) {

        static final Form EMPTY = new Form("", "", "", "", "", List.of(), "", "");
    }

    /** A leaver to choose: their id, and their name with the day they leave. */
    record Choice(String workerId, String label) {
    }

    /** An interview recorded in Retain, for the list. */
    record RecordedLine(String worker, String heldOn, String reason, String recordedBy, String recordedAt) {
    }

    record Done(String workerName, String date) implements java.io.Serializable {
    }

    @GetMapping("/leaving/interviews/record")
    String form(Model model) {
        Viewer viewer = recorder();
        Map<String, Object> values = new LinkedHashMap<>();
        show(viewer, register(viewer), Form.EMPTY, Map.of(), values);
        model.addAllAttributes(values);
        return VIEW;
    }

    @PostMapping("/leaving/interviews/record")
    ModelAndView record(@RequestParam(defaultValue = "") String worker, @RequestParam(name = "date-day", defaultValue = "") String day,
            @RequestParam(name = "date-month", defaultValue = "") String month,
            @RequestParam(name = "date-year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String mainReason, @RequestParam(required = false) List<String> otherReasons,
            @RequestParam(defaultValue = "") String wouldReturn, @RequestParam(defaultValue = "") String wouldRecommend,
            RedirectAttributes redirect) {
        Viewer viewer = recorder();
        Register register = register(viewer);
        LocalDate date = null;
        String dateProblem = null;
        if (!(day.isBlank() && month.isBlank() && year.isBlank())) {
            date = dateOf(day, month, year);
            if (date == null) {
                dateProblem = "exits.record.error.date.invalid";
            }
        }
        List<String> others = otherReasons == null ? List.of() : otherReasons;
        Draft draft = new Draft(worker, date, dateProblem, mainReason, others, wouldReturn, wouldRecommend);
        var outcome = recording.record(register.authority().laCode(), draft, viewer.account().username(),
                version -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "leaving_interview", worker.strip(), "recorded an exit interview held on "
                        + draft.date() + ": main reason " + mainReason.strip() + ", other reasons " + String.join(";", others)
                        + ", would return " + wouldReturn + ", would recommend " + wouldRecommend)));
        return switch (outcome) {
            case ExitInterviewRecording.Recorded recorded -> {
                redirect.addFlashAttribute("done", new Done(nameOf(register, recorded.interview().workerId()),
                        Days.written(recorded.interview().heldOn())));
                yield new ModelAndView("redirect:/leaving/interviews/record");
            }
            case ExitInterviewRecording.Refused refused -> {
                ModelAndView page = new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
                show(viewer, register, new Form(worker, day, month, year, mainReason, others, wouldReturn, wouldRecommend),
                        refused.problems(), page.getModelMap());
                yield page;
            }
        };
    }

    private void show(Viewer viewer, Register register, Form form, Map<String, String> problems, Map<String, Object> model) {
        LocalDate today = recording.today();
        model.put("workers", choices(register, today));
        model.put("reasons", List.of(LeavingReason.values()).stream().map(LeavingReason::code).toList());
        model.put("form", form);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        List<FormErrorCode> errors = new ArrayList<>();
        problems.forEach((field, code) -> errors.add(new FormErrorCode(fieldId(field), code)));
        model.put("errors", errors.isEmpty() ? null : errors);
        model.put("recorded", recording.recorded(register.authority().laCode()).stream().map(row -> {
            String[] cells = row.cells().split(",", -1);
            return new RecordedLine(nameOf(register, cells[0]), Days.written(LocalDate.parse(cells[1])),
                    words.text("exits.reason." + cells[2]), row.recordedBy(),
                    Days.written(row.recordedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
        }).toList());
    }

    /** The workers who leave within a year either side of today, by name, each with the day they leave. */
    static List<Choice> choices(Register register, LocalDate today) {
        Map<String, List<Employment>> rows = new HashMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        List<Choice> choices = new ArrayList<>();
        register.workers().stream().sorted(Comparator.comparing(Worker::familyName).thenComparing(Worker::givenName)
                .thenComparing(Worker::workerId)).forEach(worker -> {
                    List<LocalDate> leavings = EmploymentHistory.of(rows.getOrDefault(worker.workerId(), List.of())).leavings().stream()
                            .filter(day -> !day.isBefore(today.minusDays(OFFERED_DAYS)) && !day.isAfter(today.plusDays(OFFERED_DAYS))).toList();
                    if (!leavings.isEmpty()) {
                        choices.add(new Choice(worker.workerId(), worker.fullName() + " ("
                                + Days.written(leavings.get(leavings.size() - 1)) + ")"));
                    }
                });
        return choices;
    }

    private static String nameOf(Register register, String workerId) {
        return register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst()
                .map(w -> w.fullName()).orElse(workerId);
    }

    private static String fieldId(String field) {
        return switch (field) {
            case "date" -> "date-day";
            case "otherReasons" -> "otherReasons";
            default -> field;
        };
    }

    static LocalDate dateOf(String day, String month, String year) {
        try {
            if (year.strip().length() != 4) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private Register register(Viewer viewer) {
        return Optional.ofNullable(viewer.laCode()).flatMap(registers::find).orElseThrow(PageNotFound::new).register();
    }

    private Viewer recorder() {
        Viewer viewer = viewers.require();
        if (!viewer.recordsExitInterviewsOf(viewer.laCode())) {
            throw new AccessDeniedException("HR records exit interviews");
        }
        return viewer;
    }
}
