package uk.retain.caseload.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import uk.retain.caseload.web.PolicyChanges;
import uk.retain.caseload.web.PolicySettings;
import uk.retain.caseload.web.Texts;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.Registers;

/**
 * An authority's caseload policy as JSON (docs/caseload-policy.md): read by the roles that see its teams or
 * aggregates, replaced whole by its workforce lead. A document with problems changes nothing and is answered
 * with every problem (422).
 */
@RestController
class CaseloadPolicyApi {

    private final Registers registers;
    private final PolicyChanges policies;
    private final PolicySettings settings;
    private final Viewers viewers;
    private final Texts texts;
    private final Clock clock;

    CaseloadPolicyApi(Registers registers, PolicyChanges policies, PolicySettings settings, Viewers viewers, Texts texts,
            Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.policies = policies;
        this.settings = settings;
        this.viewers = viewers;
        this.texts = texts;
    }

    /** The policy in force on {@code date} (today when not given). */
    @GetMapping("/api/v1/authorities/{laCode}/caseload-policy")
    ResponseEntity<?> policy(@PathVariable String laCode, @RequestParam(required = false) LocalDate date) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, PolicyChanges.reads(viewer, laCode),
                "Your role does not see this authority's caseload policy.");
        return refused != null ? refused
                : ResponseEntity.ok(PolicySettings.json(date == null ? policies.of(laCode) : policies.of(laCode, date)));
    }

    /**
     * Sets the policy in force from {@code in_force_from} (today when not given) until the next policy's day; a policy
     * already set from that day is replaced. Answers the policy in force on that day.
     */
    @PutMapping(path = "/api/v1/authorities/{laCode}/caseload-policy", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> replace(@PathVariable String laCode, @RequestBody JsonNode document,
            @RequestParam(name = "in_force_from", required = false) LocalDate inForceFrom) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, PolicyChanges.changes(viewer, laCode),
                "Only the authority's workforce lead changes its caseload policy.");
        if (refused != null) {
            return refused;
        }
        PolicySettings.Reading reading = settings.fromJson(document);
        if (!reading.valid()) {
            return ResponseEntity.unprocessableContent().body(invalid(reading.problems()));
        }
        LocalDate from = inForceFrom == null ? LocalDate.now(clock) : inForceFrom;
        if (from.getYear() < 2000 || from.isAfter(LocalDate.now(clock).plusYears(2))) {
            return ApiProblems.badRequest("in_force_from must be in 2000 or later and no more than 2 years from today;"
                    + " nothing was changed.");
        }
        policies.save(viewer, laCode, reading.policy(), from);
        return ResponseEntity.ok(PolicySettings.json(policies.of(laCode, from)));
    }

    /**
     * Why the viewer may not have this, if they may not: an authority that is not held, or that is neither theirs
     * nor one whose aggregates they see, is unknown to them (404); otherwise a role without the right is refused
     * (403). Null when they may.
     */
    private ResponseEntity<?> refusal(Viewer viewer, String laCode, boolean allowed, String why) {
        if (!viewer.knowsAuthority(registers.authorities(), laCode)) {
            return ApiProblems.unknownAuthority(laCode);
        }
        return allowed ? null : ApiProblems.forbidden(why);
    }

    private ProblemDetail invalid(List<PolicySettings.Problem> problems) {
        return ApiProblems.invalid("invalid-caseload-policy", "Invalid caseload policy",
                problems.size() + " problem(s) in the caseload policy; nothing was changed.", problems,
                PolicySettings.Problem::pointer, texts::problem);
    }
}
