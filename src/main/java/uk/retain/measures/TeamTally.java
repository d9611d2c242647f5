package uk.retain.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts and FTEs of one team (or, summed, of the authority) from which its measures derive. FTEs are
 * summed exactly, as the bundle wrote them, so that the teams add up to the authority to the last digit.
 */
final class TeamTally {

    BigDecimal inpostFte = BigDecimal.ZERO;
    int inpostHeadcount;
    BigDecimal startersFte = BigDecimal.ZERO;
    int startersHeadcount;
    BigDecimal leaversFte = BigDecimal.ZERO;
    int leaversHeadcount;
    BigDecimal agencyFte = BigDecimal.ZERO;
    int agencyHeadcount;
    BigDecimal vacancyFte = BigDecimal.ZERO;
    BigDecimal agencyCoverFte = BigDecimal.ZERO;
    BigDecimal caseHoldersFte = BigDecimal.ZERO;
    int cases;
    double workingDaysLostFte;
    int qualifiedWorkers;
    int qualifiedOver2Years;
    PqeBands pqeBands = PqeBands.NONE;
    int workersOver20Cases;
    final List<WorkerCaseload> caseloadByWorker = new ArrayList<>();

    void add(TeamTally team) {
        inpostFte = inpostFte.add(team.inpostFte);
        inpostHeadcount += team.inpostHeadcount;
        startersFte = startersFte.add(team.startersFte);
        startersHeadcount += team.startersHeadcount;
        leaversFte = leaversFte.add(team.leaversFte);
        leaversHeadcount += team.leaversHeadcount;
        agencyFte = agencyFte.add(team.agencyFte);
        agencyHeadcount += team.agencyHeadcount;
        vacancyFte = vacancyFte.add(team.vacancyFte);
        agencyCoverFte = agencyCoverFte.add(team.agencyCoverFte);
        caseHoldersFte = caseHoldersFte.add(team.caseHoldersFte);
        cases += team.cases;
        workingDaysLostFte += team.workingDaysLostFte;
        qualifiedWorkers += team.qualifiedWorkers;
        qualifiedOver2Years += team.qualifiedOver2Years;
        pqeBands = pqeBands.plus(team.pqeBands);
        workersOver20Cases += team.workersOver20Cases;
        caseloadByWorker.addAll(team.caseloadByWorker);
    }
}
