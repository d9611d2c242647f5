package uk.retain.allocation.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import uk.retain.caseload.Caseloads;
import uk.retain.workforce.Case;

/**
 * One case to place, the planning entity: the solver chooses its {@link #getPrimary()} worker and, only where a newly
 * qualified primary needs one, its {@link #getCoWorker()}. Both may stay empty: a case without a primary is left
 * unallocated. Everything else is fixed when the plan is built: the case's team and locality, its points, the
 * workers who already hold its siblings, the workers who held the child or family before.
 */
@PlanningEntity
public final class Placement {

    @PlanningId
    private String caseId;
    private Case item;
    private String teamId;
    private String locality;
    private int primaryPoints;
    private int coWorkingPoints;
    /** Open cases of the same family held as primary on the date, by worker_id. */
    private Map<String, Integer> siblingsHeldBy;
    private int siblingsHeld;
    /** Workers who held this child before (or co-work the case now), by worker_id, with how they know the child. */
    private Map<String, Familiarity> knownBy;
    /** The worker co-working the case on the date, if any: their co-working stays in force. */
    private Candidate currentCoWorker;
    private List<Candidate> primaryCandidates;
    private List<Candidate> coWorkerCandidates;

    @PlanningVariable(valueRangeProviderRefs = "primaryCandidates", allowsUnassigned = true)
    private Candidate primary;

    @PlanningVariable(valueRangeProviderRefs = "coWorkerCandidates", allowsUnassigned = true)
    private Candidate coWorker;

    /** How a worker knows the child: the order is the order of preference. */
    enum Familiarity {
        CO_WORKS_THE_CASE, HELD_THE_CHILD, HELD_THE_FAMILY
    }

    Placement() {
        // for the solver's cloner
    }

    Placement(Case item, String teamId, String locality, int primaryPoints, int coWorkingPoints,
            Map<String, Integer> siblingsHeldBy, Map<String, Familiarity> knownBy, Candidate currentCoWorker,
            List<Candidate> primaryCandidates, List<Candidate> coWorkerCandidates) {
        this.caseId = item.caseId();
        this.item = item;
        this.teamId = teamId;
        this.locality = locality;
        this.primaryPoints = primaryPoints;
        this.coWorkingPoints = coWorkingPoints;
        // In worker_id order, so reasons that list them are the same on every run.
        this.siblingsHeldBy = Collections.unmodifiableMap(new TreeMap<>(siblingsHeldBy));
        this.siblingsHeld = siblingsHeldBy.values().stream().mapToInt(Integer::intValue).sum();
        this.knownBy = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(knownBy));
        this.currentCoWorker = currentCoWorker;
        this.primaryCandidates = List.copyOf(primaryCandidates);
        this.coWorkerCandidates = List.copyOf(coWorkerCandidates);
    }

    /** Who may take the case as primary: available case holders of its team (if any) with room before the plan. */
    @ValueRangeProvider(id = "primaryCandidates")
    public List<Candidate> getPrimaryCandidates() {
        return primaryCandidates;
    }

    /** Who may co-work it: for protected work only, available advanced practitioners and consultants of its team. */
    @ValueRangeProvider(id = "coWorkerCandidates")
    public List<Candidate> getCoWorkerCandidates() {
        return coWorkerCandidates;
    }

    public String getCaseId() {
        return caseId;
    }

    String caseId() {
        return caseId;
    }

    Case item() {
        return item;
    }

    String familyId() {
        return item.familyId();
    }

    /** The team the case must go to, or null. */
    String teamId() {
        return teamId;
    }

    /** The locality preferred for the case, or null. */
    String locality() {
        return locality;
    }

    /** The primary worker the plan gives the case, or null: unallocated. */
    public Candidate getPrimary() {
        return primary;
    }

    public void setPrimary(Candidate primary) {
        this.primary = primary;
    }

    /** The co-worker the plan adds, or null. */
    public Candidate getCoWorker() {
        return coWorker;
    }

    public void setCoWorker(Candidate coWorker) {
        this.coWorker = coWorker;
    }

    Candidate currentCoWorker() {
        return currentCoWorker;
    }

    void assign(Candidate primary, Candidate coWorker) {
        this.primary = primary;
        this.coWorker = coWorker;
    }

    Map<String, Integer> siblingsHeldBy() {
        return siblingsHeldBy;
    }

    Map<String, Familiarity> knownBy() {
        return knownBy;
    }

    int coWorkingPoints() {
        return coWorkingPoints;
    }

    /** Child protection or court work: a newly qualified worker never holds it alone. */
    boolean needsProtection() {
        return Caseloads.needsProtection(item);
    }

    /**
     * The points the case adds to its primary worker: a current co-worker who becomes the primary stops co-working,
     * so their co-working points go.
     */
    int pointsForPrimary() {
        return pointsFor(primary);
    }

    /** The points the case would add to {@code worker} as its primary. */
    int pointsFor(Candidate worker) {
        return worker != null && worker.equals(currentCoWorker) ? primaryPoints - coWorkingPoints : primaryPoints;
    }

    /** Whether the worker already co-working the case protects it, and goes on doing so beside this primary. */
    boolean protectedByCurrentCoWorker() {
        return currentCoWorker != null && !currentCoWorker.equals(primary) && currentCoWorker.available()
                && currentCoWorker.protects();
    }

    /** Whether the protection rule needs a co-worker to be added: a newly qualified primary on protected work. */
    boolean needsCoWorker() {
        return needsCoWorkerUnder(primary);
    }

    /** Whether the protection rule would need a co-worker added if {@code worker} were the primary. */
    boolean needsCoWorkerUnder(Candidate worker) {
        boolean protectedByCurrent = currentCoWorker != null && !currentCoWorker.equals(worker) && currentCoWorker.available()
                && currentCoWorker.protects();
        return worker != null && worker.newlyQualified() && needsProtection() && !protectedByCurrent;
    }

    /** A newly qualified primary on child protection or court work without an experienced co-worker. */
    boolean newlyQualifiedAlone() {
        return needsCoWorker() && (coWorker == null || coWorker.equals(primary) || !coWorker.protects());
    }

    /** Whether {@code worker} is outside the team the case must go to. */
    boolean outsideTeam(Candidate worker) {
        return teamId != null && worker != null && !teamId.equals(worker.teamId());
    }

    /** Siblings already held in the register by someone other than the primary. */
    int siblingsHeldApart() {
        return primary == null ? 0 : siblingsHeld - siblingsHeldBy.getOrDefault(primary.workerId(), 0);
    }

    /** Whether some worker who knows the child could take it, and the primary is not one of them. */
    boolean awayFromWorkersWhoKnowTheChild() {
        return primary != null && !knownBy.isEmpty() && !knownBy.containsKey(primary.workerId());
    }

    boolean outsideLocality() {
        return primary != null && locality != null && !locality.equals(primary.locality());
    }

    Set<String> workersWhoKnowTheChild() {
        return knownBy.keySet();
    }

    @Override
    public String toString() {
        return caseId + "->" + primary + (coWorker == null ? "" : "+" + coWorker);
    }
}
