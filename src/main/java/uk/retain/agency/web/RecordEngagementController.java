package uk.retain.agency.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.agency.AgencyCheck;
import uk.retain.agency.AgencyChecks;
import uk.retain.agency.AgencyEngagement;
import uk.retain.agency.AgencyEngagements;
import uk.retain.agency.AgencyEngagements.Draft;
import uk.retain.agency.JobType;
import uk.retain.agency.RateCap;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.FormError;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Worker;

/**
 * HR records an agency engagement: one form; "Check" shows the five DfE checks at once, each explained and passed or
 * failed, without saving; "Record" saves it when every field reads and either every check passes or the form names
 * who approved going ahead (the director and chief executive) and why. Nothing is written otherwise
 * ({@link AgencyEngagements}).
 */
@Controller
class RecordEngagementController {

    private static final String VIEW = "agency/record";

    private final AgencyEngagements engagements;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final AgencyWords words;

    RecordEngagementController(AgencyEngagements engagements, Registers registers, Viewers viewers, ApplicationEventPublisher events,
            AgencyWords words) {
        this.engagements = engagements;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    /** What was entered: every field's text, dates as their three boxes. */
    record Form(Map<String, String> values) {

        public String get(String name) {
            return values.getOrDefault(name, "");
        }
    }

    /** One of the five checks: its name, what it asks, and how the engagement does (a status code and words). */
    record CheckLine(String code, String name, String explained, String status, String outcome) {
    }

    /** An agency worker who may be chosen. */
    record Choice(String workerId, String name) {
    }

    /** The engagement just recorded, for the banner. */
    record Done(String engagementId, String name, String checks) implements java.io.Serializable {
    }

    static final List<String> DATES = List.of("startDate", "endDate", "referenceOn");

    @GetMapping("/agency/record")
    String form(Model model) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireRecords(viewer);
        Register register = engagements.withRecorded(AgencyAccess.held(registers, viewer));
        Map<String, Object> values = new LinkedHashMap<>();
        show(register, new Form(Map.of("noticeWeeks", "4", "hoursPerWeek", "37")), null, Map.of(), values);
        model.addAllAttributes(values);
        return VIEW;
    }

    @PostMapping("/agency/record")
    ModelAndView record(@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        AgencyAccess.requireRecords(viewer);
        Register imported = AgencyAccess.held(registers, viewer);
        Form form = new Form(parameters);
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, String> dateProblems = new HashMap<>();
        for (String field : DATES) {
            String day = form.get(field + "-day");
            String month = form.get(field + "-month");
            String year = form.get(field + "-year");
            if (!(day.isBlank() && month.isBlank() && year.isBlank())) {
                LocalDate date = dateOf(day, month, year);
                if (date == null) {
                    dateProblems.put(field, "agency.record.error." + field + ".invalid");
                } else {
                    dates.put(field, date);
                }
            }
        }
        Draft draft = new Draft(form.get("worker"), form.get("agency"), form.get("jobType"), dates.get("startDate"),
                dates.get("endDate"), form.get("hoursPerWeek"), form.get("hourlyPay"), form.get("hourlyCharge"),
                form.get("noticeWeeks"), dates.get("referenceOn"), "true".equals(form.get("projectTeam")) ? Boolean.TRUE : null,
                form.get("approvedBy"), form.get("reason"), dateProblems);
        boolean save = "record".equals(form.get("action"));
        if (save) {
            AgencyEngagements.Checked outcome = engagements.record(imported, draft, viewer.account().username(), () -> { });
            if (outcome.saves()) {
                AgencyEngagement e = outcome.engagement();
                events.publishEvent(Audited.of(viewer, Action.CHANGE, "agency_engagement", e.engagementId(), "recorded for worker " + e.workerId()
                        + " from " + e.startDate() + ", failed checks " + outcome.failed() + (e.approved() ? ", approved by " + e.overrideApprovedBy() : "")));
                redirect.addFlashAttribute("done", new Done(e.engagementId(), AgencyWords.name(imported, e.workerId()),
                        words.checks(outcome.failed())));
                return new ModelAndView("redirect:/agency/record");
            }
            ModelAndView page = new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
            show(engagements.withRecorded(imported), form, outcome, outcome.problems(), page.getModelMap());
            return page;
        }
        Register register = engagements.withRecorded(imported);
        AgencyEngagements.Checked checked = engagements.check(register, draft);
        // Checking alone: the approver's fields are asked for only when saving.
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        problems.remove("approvedBy");
        problems.remove("reason");
        ModelAndView page = new ModelAndView(VIEW, problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        show(register, form, checked, problems, page.getModelMap());
        return page;
    }

    private void show(Register register, Form form, AgencyEngagements.Checked checked, Map<String, String> problems,
            Map<String, Object> model) {
        Set<String> agencyWorkers = new java.util.HashSet<>();
        register.employments().stream().filter(Employment::isAgency).forEach(e -> agencyWorkers.add(e.workerId()));
        List<Choice> choices = register.workers().stream().filter(w -> agencyWorkers.contains(w.workerId()))
                .sorted(Comparator.comparing(Worker::familyName).thenComparing(Worker::givenName))
                .map(w -> new Choice(w.workerId(), AgencyWords.name(w) + " (" + w.workerId() + ")")).toList();
        model.put("workers", choices);
        model.put("jobTypes", List.of(JobType.values()).stream().map(JobType::code).toList());
        model.put("form", form);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<FormError> errors = new ArrayList<>();
        problems.forEach((field, code) -> {
            String text = text(code, checked);
            fieldErrors.put(field, text);
            errors.add(new FormError(DATES.contains(field) ? field + "-day" : field, text));
        });
        model.put("fieldErrors", fieldErrors);
        model.put("errors", errors.isEmpty() ? null : errors);
        model.put("checks", checkLines(register, checked));
        model.put("checkedFrom", Days.written(AgencyChecks.CHECKED_FROM));
        model.put("failedCount", checked == null || checked.engagement() == null ? null : checked.failed().size());
        model.put("notChecked", checked != null && checked.engagement() != null && !checked.checked());
    }

    /** The message of a problem code; the approver's takes the number of checks failed. */
    private String text(String code, AgencyEngagements.Checked checked) {
        int failed = checked == null ? 0 : checked.failed().size();
        return words.text(code, failed);
    }

    /** The five checks, each explained, with the engagement's outcome when it has been checked. */
    private List<CheckLine> checkLines(Register register, AgencyEngagements.Checked checked) {
        List<CheckLine> lines = new ArrayList<>();
        AgencyEngagement e = checked == null ? null : checked.engagement();
        for (AgencyCheck check : AgencyCheck.values()) {
            String status;
            String outcome;
            if (e == null) {
                status = "unknown";
                outcome = words.text("agency.record.check.unknown");
            } else if (!checked.checked()) {
                status = "notChecked";
                outcome = words.text("agency.record.check.notChecked");
            } else if (checked.failed().contains(check)) {
                status = "failed";
                outcome = words.text("agency.record.check.failed");
            } else if (check == AgencyCheck.OVER_PRICE_CAP) {
                RateCap cap = AgencyChecks.of(register).capOn(e.jobType(), e.startDate());
                status = cap == null ? "noCap" : "passed";
                outcome = cap == null ? words.text("agency.record.check.noCap")
                        : words.text("agency.record.check.underCap", AgencyWords.pence(cap.maxHourlyPay()));
            } else {
                status = "passed";
                outcome = words.text("agency.record.check.passed");
            }
            lines.add(new CheckLine(check.code(), words.check(check), words.text("agency.check." + check.code() + ".explained"),
                    status, outcome));
        }
        return lines;
    }

    /** The date of three boxes, or null when they do not make a real date. */
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
}
