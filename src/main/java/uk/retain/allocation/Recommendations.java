package uk.retain.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer for a set of cases: a recommendation for each case that can be placed without breaking a hard rule,
 * and every other case with the reason it stays unallocated. Each case asked about is in exactly one of the two
 * lists; both are in case_id order.
 */
public record Recommendations(List<Recommendation> recommendations, List<UnallocatedCase> unallocated) implements java.io.Serializable {

    public Recommendations {
        recommendations = List.copyOf(recommendations);
        unallocated = List.copyOf(unallocated);
    }

    /** The recommendation for {@code caseId}, if it was placed. */
    public Optional<Recommendation> forCase(String caseId) {
        return recommendations.stream().filter(r -> r.caseId().equals(caseId)).findFirst();
    }

    /**
     * The JSON form the command line and the API give, key by key: the recommendations (co_worker_id null when
     * none) with their reasons in words ({@code reasons}, from {@code wording}) and as codes ({@code reason_codes}),
     * then the unallocated cases with their reason both ways ({@code reason}, {@code reason_code}).
     */
    public Map<String, Object> byName(Wording wording) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recommendations", recommendations.stream().map(r -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("case_id", r.caseId());
            one.put("worker_id", r.workerId());
            one.put("co_worker_id", r.coWorkerId());
            one.put("reasons", wording.texts(r.reasons()));
            one.put("reason_codes", r.reasons().stream().map(Recommendations::byName).toList());
            one.put("load_before", r.loadBefore());
            one.put("load_after", r.loadAfter());
            one.put("cap", r.cap());
            return one;
        }).toList());
        json.put("unallocated", unallocated.stream().map(u -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("case_id", u.caseId());
            one.put("reason", wording.text(u.reason()));
            one.put("reason_code", byName(u.reason()));
            return one;
        }).toList());
        return json;
    }

    /** A reason as JSON: its code, and its arguments in order, each one key naming its type. */
    public static Map<String, Object> byName(Reason reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", reason.code().code());
        json.put("args", reason.args().stream().map(arg -> Map.<String, Object>of(switch (arg) {
            case Reason.WorkerId w -> "worker_id";
            case Reason.TeamId t -> "team_id";
            case Reason.CaseId c -> "case_id";
            case Reason.Percent p -> "percent";
            case Reason.Count c -> "count";
            case Reason.Day d -> "date";
            case Reason.Role r -> "job_role";
            case Reason.Work w -> "work";
            case Reason.Locality l -> "locality";
            case Reason.RuleBroken r -> "rule";
        }, switch (arg) {
            case Reason.WorkerId w -> w.workerId();
            case Reason.TeamId t -> t.teamId();
            case Reason.CaseId c -> c.caseId();
            case Reason.Percent p -> p.percent();
            case Reason.Count c -> c.count();
            case Reason.Day d -> d.date().toString();
            case Reason.Role r -> r.role().code();
            case Reason.Work w -> w.work().code();
            case Reason.Locality l -> l.locality();
            case Reason.RuleBroken r -> r.rule().name().toLowerCase(java.util.Locale.ROOT);
        })).toList());
        return json;
    }

    /** Why {@code caseId} was not placed, if it was not. */
    public Optional<Reason> whyUnallocated(String caseId) {
        return unallocated.stream().filter(u -> u.caseId().equals(caseId)).map(UnallocatedCase::reason).findFirst();
    }
}
