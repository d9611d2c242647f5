package uk.retain.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workforce measures of an authority or a team on a reference date, named as DfE publishes them. A
 * measure is null when its denominator is 0 or the bundle lacked the file it needs; values are not rounded.
 */
public record Measures(
        double inpostFte,
        int inpostHeadcount,
        double startersFte,
        int startersHeadcount,
        double leaversFte,
        int leaversHeadcount,
        Double turnoverRateFte,
        Double turnoverRateHeadcount,
        double agencyFte,
        int agencyHeadcount,
        Double agencyRateFte,
        Double agencyRateHeadcount,
        Double vacancyFte,
        Double vacancyRateFte,
        Double agencyCoverFte,
        Double agencyCoverRateFte,
        Double vacancyAgencyCoverRateFte,
        Double caseHoldersFte,
        Integer cases,
        Double caseloadFte,
        Double workingDaysLostFte,
        Double absenceRateFte,
        Double pqeOver2yPercent,
        PqeBands pqeBands,
        Integer workersOver20Cases,
        List<WorkerCaseload> caseloadByWorker,
        Integer childrenWith3PlusWorkers) {

    /** The measures under their DfE column names, in the order measures.md lists them: the JSON form. */
    public Map<String, Object> byDfeName() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inpost_fte", inpostFte);
        json.put("inpost_headcount", inpostHeadcount);
        json.put("starters_fte", startersFte);
        json.put("starters_headcount", startersHeadcount);
        json.put("leavers_fte", leaversFte);
        json.put("leavers_headcount", leaversHeadcount);
        json.put("turnover_rate_fte", turnoverRateFte);
        json.put("turnover_rate_headcount", turnoverRateHeadcount);
        json.put("agency_fte", agencyFte);
        json.put("agency_headcount", agencyHeadcount);
        json.put("agency_rate_fte", agencyRateFte);
        json.put("agency_rate_headcount", agencyRateHeadcount);
        json.put("vacancy_fte", vacancyFte);
        json.put("vacancy_rate_fte", vacancyRateFte);
        json.put("agency_cover_fte", agencyCoverFte);
        json.put("agency_cover_rate_fte", agencyCoverRateFte);
        json.put("vacancy_agency_cover_rate_fte", vacancyAgencyCoverRateFte);
        json.put("case_holders_fte", caseHoldersFte);
        json.put("cases", cases);
        json.put("caseload_fte", caseloadFte);
        json.put("working_days_lost_fte", workingDaysLostFte);
        json.put("absence_rate_fte", absenceRateFte);
        json.put("pqe_over_2y_percent", pqeOver2yPercent);
        json.put("pqe_bands", pqeBands.byName());
        json.put("workers_over_20_cases", workersOver20Cases);
        json.put("caseload_by_worker", caseloadByWorker == null ? null : caseloadByWorker.stream()
                .map(worker -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("worker_id", worker.workerId());
                    entry.put("cases", worker.cases());
                    return entry;
                }).toList());
        json.put("children_with_3_plus_workers", childrenWith3PlusWorkers);
        return json;
    }
}
