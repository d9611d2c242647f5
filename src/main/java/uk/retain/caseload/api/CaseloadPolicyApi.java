package uk.retain.caseload.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final Viewers viewers;
    private final Texts texts;

    CaseloadPolicyApi(Registers registers, PolicyChanges policies, Viewers viewers, Texts texts) {
        this.registers = registers;
        this.policies = policies;
        this.viewers = viewers;
        this.texts = texts;
    }

    @GetMapping("/api/v1/authorities/{laCode}/caseload-policy")
    ResponseEntity<?> policy(@PathVariable String laCode) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, PolicyChanges.reads(viewer, laCode),
                "Your role does not see this authority's caseload policy.");
        return refused != null ? refused : ResponseEntity.ok(PolicySettings.json(policies.of(laCode)));
    }

    @PutMapping(path = "/api/v1/authorities/{laCode}/caseload-policy", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> replace(@PathVariable String laCode, @RequestBody JsonNode document) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, PolicyChanges.changes(viewer, laCode),
                "Only the authority's workforce lead changes its caseload policy.");
        if (refused != null) {
            return refused;
        }
        PolicySettings.Reading reading = PolicySettings.fromJson(document);
        if (!reading.valid()) {
            return ResponseEntity.unprocessableContent().body(invalid(reading.problems()));
        }
        policies.save(viewer, laCode, reading.policy());
        return ResponseEntity.ok(PolicySettings.json(policies.of(laCode)));
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
