package uk.retain.supervision.api;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import uk.retain.people.Audited.Action;
import uk.retain.people.Audited;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionRecording.Draft;
import uk.retain.supervision.SupervisionRecording;
import uk.retain.supervision.SupervisionRecords;
import uk.retain.supervision.WorkerSupervision;
import uk.retain.supervision.web.SupervisionWords;
import uk.retain.web.ApiProblems;
import uk.retain.web.ReferenceDate;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.records.WorkerRecords;

/**
 * Supervision over the API: a team manager records a session for a worker of their teams (the same rules as the
 * page, each problem named by its field); a worker's supervision record is read by whoever may see that worker's
 * supervision (the worker, their team's manager, the workforce lead, HR), and by nobody else: a worker outside the
 * viewer's scope is answered as unknown (404), so their existence is not revealed.
 */
@RestController
class SupervisionApi {

    /** The API's field names, by the form's. */
    private static final Map<String, String> FIELDS = Map.of("worker", "worker_id", "date", "date", "kind", "kind",
            "minutes", "minutes", "casesDiscussed", "cases_discussed", "supervisor", "supervisor_id");

    private final SupervisionRecording recording;
    private final SupervisionRecords records;
    private final Registers registers;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final SupervisionWords words;
    private final Clock clock;

    SupervisionApi(SupervisionRecording recording, SupervisionRecords records, Registers registers, Viewers viewers,
            ApplicationEventPublisher events, SupervisionWords words, Clock clock) {
        this.clock = clock;
        this.recording = recording;
        this.records = records;
        this.registers = registers;
        this.viewers = viewers;
        this.events = events;
        this.words = words;
    }

    /**
     * Records a session: {@code worker_id}, {@code date} (YYYY-MM-DD), {@code kind}, {@code minutes},
     * {@code cases_discussed}, and {@code supervisor_id} when the manager's account is not linked to a worker (it is
     * the manager's own worker when it is). 201 with the session; 422 naming every problem; nothing half-written.
     */
    @PostMapping(path = "/api/v1/authorities/{laCode}/supervisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> record(@PathVariable String laCode, @RequestBody JsonNode body) {
        Viewer viewer = viewers.require();
        Optional<Register> held = own(viewer, laCode);
        if (held.isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (!viewer.recordsSupervision()) {
            return ApiProblems.forbidden("Team managers record supervision sessions, for the workers of their teams.");
        }
        Register register = held.get();
        String dateText = text(body, "date");
        LocalDate date = null;
        String dateProblem = null;
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (DateTimeParseException e) {
                dateProblem = "supervision.record.error.date.invalid";
            }
        }
        String workerId = text(body, "worker_id");
        String own = viewer.account().workerId();
        boolean linked = own != null && register.workers().stream().anyMatch(w -> w.workerId().equals(own));
        Draft draft = new Draft(workerId, date, dateProblem, text(body, "kind"), text(body, "minutes"),
                text(body, "cases_discussed"), linked ? own : text(body, "supervisor_id"));
        var outcome = recording.record(laCode, draft, team -> viewer.recordsSupervisionIn(laCode, team),
                viewer.account().username(), version -> events.publishEvent(Audited.of(viewer, Action.CHANGE, "supervision",
                        workerId == null ? "" : workerId.strip(), "recorded over the API a " + draft.kind() + " session on "
                                + draft.date() + " of " + draft.minutes() + " minutes, " + draft.casesDiscussed() + " case(s) discussed")));
        return switch (outcome) {
            case SupervisionRecording.Recorded recorded -> {
                Map<String, Object> json = session(register, recorded.session());
                json.put("cases_discussed", recorded.casesDiscussed());
                json.put("recorded_by", viewer.account().username());
                json.put("version", recorded.version());
                yield ResponseEntity.created(URI.create("/api/v1/authorities/" + laCode + "/workers/"
                        + recorded.session().workerId() + "/supervisions")).body(json);
            }
            case SupervisionRecording.Refused refused -> ResponseEntity.unprocessableContent().body(invalid(refused.problems()));
        };
    }

    /**
     * A worker's supervision on {@code date} (default today): their next supervision date under the rule that applies,
     * whether it is overdue, which rule, and their sessions newest first.
     */
    @GetMapping("/api/v1/authorities/{laCode}/workers/{workerId}/supervisions")
    ResponseEntity<?> worker(@PathVariable String laCode, @PathVariable String workerId,
            @RequestParam(required = false) String date) {
        Viewer viewer = viewers.require();
        Optional<Register> held = own(viewer, laCode);
        if (held.isEmpty()) {
            return ApiProblems.unknownAuthority(laCode);
        }
        if (viewer.role() == Role.SENIOR_LEADER || viewer.role() == Role.ADMINISTRATOR) {
            return ApiProblems.forbidden("A worker's supervision is person-level: senior leaders see it in aggregate only.");
        }
        LocalDate day;
        try {
            day = ReferenceDate.of(date, clock);
        } catch (RuntimeException e) {
            return ApiProblems.badRequest("date must be a date as YYYY-MM-DD, not " + date);
        }
        Register register = held.get();
        List<String> teams = register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(day))
                .map(Employment::teamId).distinct().toList();
        boolean known = register.workers().stream().anyMatch(w -> w.workerId().equals(workerId));
        if (!known || !viewer.seesSupervisionOf(laCode, workerId, teams)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND, "unknown-worker",
                    "Unknown worker", "No worker " + workerId + " that you may see on " + day + "."));
        }
        WorkerSupervision due = records.of(register, workerId, day);
        events.publishEvent(Audited.of(viewer, Action.VIEW, "supervision", workerId, "supervision over the API on " + day));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("la_code", laCode);
        json.put("worker_id", workerId);
        json.put("date", day.toString());
        json.put("next_supervision", due.next() == null ? null : due.next().toString());
        json.put("overdue", due.overdue());
        json.put("days_overdue", due.daysOverdue());
        json.put("last_counting", due.lastCounting() == null ? null : due.lastCounting().toString());
        json.put("rule", switch (due.policy()) {
            case CONTRACT -> "contract_default";
            case AUTHORITY -> "authority_policy";
            case VARIATION -> "worker_variation";
        });
        json.put("sessions", due.sessions().stream().map(s -> session(register, s)).toList());
        return ResponseEntity.ok(json);
    }

    private Map<String, Object> session(Register register, Supervision s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("worker_id", s.workerId());
        json.put("supervisor_id", s.supervisorId());
        json.put("supervisor_name", WorkerRecords.nameOf(WorkerRecords.workers(register), s.supervisorId()));
        json.put("date", s.date().toString());
        json.put("kind", s.kind().code());
        json.put("minutes", s.minutes());
        return json;
    }

    private ProblemDetail invalid(Map<String, String> problems) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-supervision-session",
                "Invalid supervision session", problems.size() + " problem(s) in the session; nothing was recorded.");
        problem.setProperty("problems", problems.entrySet().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", FIELDS.get(e.getKey()));
            item.put("message", words.text(e.getValue()));
            return item;
        }).toList());
        return problem;
    }

    /** The viewer's own authority's register, when {@code laCode} is it; nothing crosses authorities. */
    private Optional<Register> own(Viewer viewer, String laCode) {
        if (!laCode.equals(viewer.laCode())) {
            return Optional.empty();
        }
        return registers.find(laCode).map(Registers.StoredRegister::register);
    }

    /** A field as text (a number as its digits), or null when absent or null. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
