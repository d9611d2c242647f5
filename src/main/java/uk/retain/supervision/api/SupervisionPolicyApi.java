package uk.retain.supervision.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.web.PolicySettings;
import uk.retain.supervision.web.SupervisionPolicyChanges;
import uk.retain.supervision.web.SupervisionWords;
import uk.retain.web.ApiProblems;
import uk.retain.workforce.Registers;

/**
 * An authority's supervision policy as JSON: read by the roles that read the page, replaced whole by its workforce
 * lead. {@code source} says whether it is the authority's own or the contract's defaults (read only). A document with
 * problems changes nothing and is answered with every problem (422).
 */
@RestController
class SupervisionPolicyApi {

    private final Registers registers;
    private final SupervisionPolicies policies;
    private final SupervisionPolicyChanges changes;
    private final Viewers viewers;
    private final SupervisionWords words;

    SupervisionPolicyApi(Registers registers, SupervisionPolicies policies, SupervisionPolicyChanges changes, Viewers viewers, SupervisionWords words) {
        this.registers = registers;
        this.policies = policies;
        this.changes = changes;
        this.viewers = viewers;
        this.words = words;
    }

    @GetMapping("/api/v1/authorities/{laCode}/supervision-policy")
    ResponseEntity<?> policy(@PathVariable String laCode) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, SupervisionPolicyChanges.reads(viewer, laCode),
                "Your role does not see this authority's supervision policy.");
        return refused != null ? refused : ResponseEntity.ok(document(laCode));
    }

    @PutMapping(path = "/api/v1/authorities/{laCode}/supervision-policy", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> replace(@PathVariable String laCode, @RequestBody JsonNode document) {
        Viewer viewer = viewers.require();
        ResponseEntity<?> refused = refusal(viewer, laCode, SupervisionPolicyChanges.changes(viewer, laCode),
                "Only the authority's workforce lead changes its supervision policy.");
        if (refused != null) {
            return refused;
        }
        PolicySettings.Reading reading = PolicySettings.fromJson(document);
        if (!reading.valid()) {
            return ResponseEntity.unprocessableContent().body(invalid(reading.problems()));
        }
        changes.save(viewer, laCode, reading.rule());
        return ResponseEntity.ok(document(laCode));
    }

    /** The policy's settings, and (not part of what is sent back) which policy it is. */
    private Map<String, Object> document(String laCode) {
        Optional<SupervisionPolicies.Stored> stored = policies.stored(laCode);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", (stored.isPresent() ? SupervisionPolicies.Source.AUTHORITY : SupervisionPolicies.Source.CONTRACT).code());
        json.putAll(PolicySettings.json(policies.authorityRule(laCode)));
        stored.ifPresent(s -> {
            json.put("changed_by", s.changedBy());
            json.put("changed_at", s.changedAt().toString());
        });
        return json;
    }

    /** Unknown or out-of-scope authority: 404; a role without the right: 403; null when allowed. */
    private ResponseEntity<?> refusal(Viewer viewer, String laCode, boolean allowed, String why) {
        if (!viewer.knowsAuthority(registers.authorities(), laCode)) {
            return ApiProblems.unknownAuthority(laCode);
        }
        return allowed ? null : ApiProblems.forbidden(why);
    }

    private ProblemDetail invalid(List<PolicySettings.Problem> problems) {
        return ApiProblems.invalid("invalid-supervision-policy", "Invalid supervision policy",
                problems.size() + " problem(s) in the supervision policy; nothing was changed.", problems,
                PolicySettings.Problem::pointer, words::problem);
    }
}
