package uk.retain.recruitment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.recruitment.Application;
import uk.retain.recruitment.ApplicationOutcome;
import uk.retain.recruitment.Applications;
import uk.retain.recruitment.ApplicationsFile;
import uk.retain.recruitment.Source;
import uk.retain.recruitment.VacanciesFile;
import uk.retain.web.FormError;
import uk.retain.web.PageNotFound;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Worker;

/**
 * HR records an application, or moves one on (a stage reached, an outcome): one form, each problem on its field and in
 * the error summary, nothing written unless every rule passes ({@link Applications}). Candidates are pseudonymous
 * references, never names.
 */
@Controller
class RecordApplicationController {

    private static final String VIEW = "recruitment/record";

    private final Applications applications;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    RecordApplicationController(Applications applications, Registers registers, Viewers viewers, ApplicationEventPublisher events, MessageSource messages) {
        this.applications = applications;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.messages = messages;
    }

    /** What was entered, by field name. */
    record Form(Map<String, String> values) {

        public String get(String name) {
            String value = values.get(name);
            return value == null ? "" : value;
        }
    }

    record Choice(String value, String label) {
    }

    record Stage(String name, String label) {
    }

    @GetMapping("/recruitment/applications/record")
    String form(@RequestParam(required = false) String application, Model model) {
        Viewer viewer = hr();
        Register register = applications.withRecorded(held(viewer));
        if (!register.has(VacanciesFile.class)) {
            // No vacancy to apply to: the recruitment page says the file is missing.
            return "redirect:/recruitment";
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (application != null) {
            Application a = register.rows(ApplicationsFile.class).stream().filter(x -> x.applicationId().equals(application))
                    .findFirst().orElseThrow(PageNotFound::new);
            Applications.Draft d = Applications.draftOf(a);
            values.put("application", d.applicationId());
            values.put("vacancy", d.vacancyId());
            values.put("candidate", d.candidateId());
            values.put("source", d.source());
            values.putAll(d.stages());
            values.put("outcome", d.outcome());
            values.put("reason", d.reason() == null ? "" : d.reason());
            values.put("worker", d.workerId() == null ? "" : d.workerId());
        } else {
            values.put("outcome", ApplicationOutcome.IN_PROGRESS.code());
        }
        Map<String, Object> page = new LinkedHashMap<>();
        show(register, new Form(values), Map.of(), page);
        model.addAllAttributes(page);
        return VIEW;
    }

    @PostMapping("/recruitment/applications/record")
    ModelAndView record(@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        Viewer viewer = hr();
        Register imported = held(viewer);
        if (!imported.has(VacanciesFile.class)) {
            return new ModelAndView("redirect:/recruitment");
        }
        Form form = new Form(parameters);
        Map<String, String> stages = new LinkedHashMap<>();
        Application.STAGES.forEach(stage -> stages.put(stage, form.get(stage)));
        Applications.Draft draft = new Applications.Draft(form.get("application"), form.get("vacancy"), form.get("candidate"),
                form.get("source"), stages, form.get("outcome"), form.get("reason"), form.get("worker"));
        Applications.Checked checked = applications.record(imported, draft, viewer.account().username(), () -> { });
        if (checked.application() != null) {
            Application a = checked.application();
            events.publishEvent(Audited.of(viewer, Action.CHANGE, "application", a.applicationId(), "candidate " + a.candidateId() + " to vacancy "
                    + a.vacancyId() + ": " + a.outcome().code()));
            redirect.addFlashAttribute("done", text("recruitment.record.done", a.applicationId(), a.candidateId(),
                    text("recruitment.outcome." + a.outcome().code())));
            return new ModelAndView("redirect:/recruitment/applications/record");
        }
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
        show(applications.withRecorded(imported), form, checked.problems(), page.getModelMap());
        return page;
    }

    private void show(Register register, Form form, Map<String, String> problems, Map<String, Object> model) {
        model.put("form", form);
        model.put("moving", !form.get("application").isBlank());
        model.put("vacancies", register.rows(VacanciesFile.class).stream()
                .sorted(Comparator.comparing(v -> v.vacancyId()))
                .map(v -> new Choice(v.vacancyId(), v.vacancyId() + " (" + text("worker.jobRole." + v.jobRole().code()) + ", "
                        + register.teams().stream().filter(t -> t.teamId().equals(v.teamId())).findFirst().map(t -> t.name()).orElse(v.teamId())
                        + (v.closedOn() == null ? "" : ", " + text("recruitment.record.closed")) + ")"))
                .toList());
        model.put("sources", List.of(Source.values()).stream().map(s -> new Choice(s.code(), text("recruitment.source." + s.code()))).toList());
        model.put("outcomes", List.of(ApplicationOutcome.values()).stream()
                .map(o -> new Choice(o.code(), text("recruitment.outcome." + o.code()))).toList());
        model.put("stages", Application.STAGES.stream().map(s -> new Stage(s, text("recruitment.stage." + s))).toList());
        model.put("workers", register.workers().stream().sorted(Comparator.comparing(Worker::familyName).thenComparing(Worker::givenName))
                .map(w -> new Choice(w.workerId(), w.fullName() + " (" + w.workerId() + ")")).toList());
        model.put("inProgress", register.rows(ApplicationsFile.class).stream()
                .filter(a -> a.outcome() == ApplicationOutcome.IN_PROGRESS)
                .sorted(Comparator.comparing(Application::appliedOn).reversed())
                .map(a -> new Choice(a.applicationId(), a.candidateId() + " (" + a.vacancyId() + ")")).toList());
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<FormError> errors = new ArrayList<>();
        problems.forEach((field, code) -> {
            fieldErrors.put(field, text(code));
            errors.add(new FormError(field, text(code)));
        });
        model.put("fieldErrors", fieldErrors);
        model.put("errors", errors.isEmpty() ? null : errors);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private Register held(Viewer viewer) {
        return registers.find(viewer.laCode()).orElseThrow(PageNotFound::new).register();
    }

    private Viewer hr() {
        Viewer viewer = viewers.require();
        if (viewer.laCode() == null || viewer.role() != Role.HR) {
            throw new AccessDeniedException("HR records applications");
        }
        return viewer;
    }
}
