package uk.retain.standards;

import java.util.List;

import uk.retain.workforce.Coded;

/**
 * The LGA's eight Employer Standards (domain.md §4.5), each with the figures of the measures JSON that bear on it.
 * A figure a bundle does not give (no supervision file, say) is shown as not held, never as zero.
 */
public enum EmployerStandard implements Coded {
    FRAMEWORK("1", List.of("stability_index_percent", "pqe_over_2y_percent", "turnover_rate_fte")),
    WORKFORCE_PLANNING("2", List.of("vacancy_rate_fte", "agency_rate_fte", "time_to_fill_days", "vacancies_open_over_90_days")),
    WORKLOADS("3", List.of("caseload_fte", "workers_over_20_cases", "children_with_3_plus_workers")),
    WELLBEING("4", List.of("absence_rate_fte", "working_days_lost_fte", "leavers_under_2y_service")),
    SUPERVISION("5", List.of("supervision_in_date_percent", "supervision_overdue_headcount")),
    DEVELOPMENT("6", List.of("programme_reviews_overdue", "programme_retention_percent")),
    REGISTRATION("7", List.of()),
    PARTNERSHIPS("8", List.of("agency_engagements_unapproved_breaches"));

    private final String code;
    private final List<String> measures;

    EmployerStandard(String code, List<String> measures) {
        this.code = code;
        this.measures = measures;
    }

    @Override
    public String code() {
        return code;
    }

    /** The measures (keys of the measures JSON) that are evidence for this standard. */
    public List<String> measures() {
        return measures;
    }

}
