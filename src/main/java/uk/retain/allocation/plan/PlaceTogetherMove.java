package uk.retain.allocation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Gives a group of cases (the siblings of one family among the cases to place, or a single case) to one primary
 * worker in one step, each with the co-worker the protection rule needs under that worker (or none). The solver's
 * plain moves change one variable of one case at a time, so they cannot move a family without splitting it on the
 * way, nor hand protected work to a newly qualified worker without a co-worker on the way: both would be rejected.
 */
final class PlaceTogetherMove implements Move<AllocationPlan> {

    private final List<Placement> group;
    private final Candidate worker;
    private final List<Candidate> coWorkers;

    PlaceTogetherMove(List<Placement> group, Candidate worker, List<Candidate> coWorkers) {
        this.group = group;
        this.worker = worker;
        this.coWorkers = coWorkers;
    }

    @Override
    public void execute(MutableSolutionView<AllocationPlan> view) {
        var entity = view.getSolutionMetaModel().genuineEntity(Placement.class);
        PlanningVariableMetaModel<AllocationPlan, Placement, Candidate> primary = entity.basicVariable("primary", Candidate.class);
        PlanningVariableMetaModel<AllocationPlan, Placement, Candidate> coWorker = entity.basicVariable("coWorker", Candidate.class);
        for (int i = 0; i < group.size(); i++) {
            Placement p = group.get(i);
            if (p.getPrimary() != worker) {
                view.changeVariable(primary, p, worker);
            }
            if (p.getCoWorker() != coWorkers.get(i)) {
                view.changeVariable(coWorker, p, coWorkers.get(i));
            }
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return new ArrayList<>(group);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        values.add(worker);
        coWorkers.stream().filter(c -> c != null).forEach(values::add);
        return values;
    }

    @Override
    public String describe() {
        return "PlaceTogetherMove";
    }

    @Override
    public String toString() {
        return group.stream().map(Placement::caseId).toList() + " -> " + worker + " " + coWorkers;
    }
}
