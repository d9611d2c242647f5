package uk.retain.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.development.CareerPathways;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.workforce.Register;

/**
 * Every risk signal of an authority's workers today (the service's clock), under the authority's own policies and
 * career pathway.
 */
@Service
public class RiskSignals {

    private final CaseloadPolicies caseloadPolicies;
    private final SupervisionPolicies supervisionPolicies;
    private final CareerPathways pathways;
    private final Clock clock;

    RiskSignals(CaseloadPolicies caseloadPolicies, SupervisionPolicies supervisionPolicies, CareerPathways pathways, Clock clock) {
        this.caseloadPolicies = caseloadPolicies;
        this.supervisionPolicies = supervisionPolicies;
        this.pathways = pathways;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The workers in employment today and the team of their main row. */
    public record Raised(Map<String, String> teams, Map<String, List<RiskSignal>> byWorker) {
    }

    /** The signals raised today, by worker (only the workers with one), each worker's in the order of {@link SignalKind}. */
    public Raised of(Register register) {
        String laCode = register.authority().laCode();
        Signals signals = new Signals(register, today());
        List<RiskSignal> all = new ArrayList<>();
        all.addAll(signals.caseloadOverCap(caseloadPolicies.of(laCode)));
        all.addAll(signals.supervisionOverdue(supervisionPolicies.of(laCode)));
        all.addAll(signals.noCpd());
        all.addAll(signals.timeAtLevel(pathways.pathway(laCode), pathways.changes(laCode)));
        all.addAll(signals.teamManagerChanged());
        all.addAll(signals.absenceSpells());
        all.addAll(signals.asyeReviewConcerns());
        all.addAll(signals.teamIntentionBelowAuthority());
        all.sort(Comparator.comparing(RiskSignal::workerId).thenComparing(RiskSignal::kind));
        Map<String, List<RiskSignal>> byWorker = new LinkedHashMap<>();
        all.forEach(signal -> byWorker.computeIfAbsent(signal.workerId(), id -> new ArrayList<>()).add(signal));
        return new Raised(signals.teamsToday(), byWorker);
    }
}
