package uk.retain.standards;

import java.util.List;

import uk.retain.workforce.Coded;

/**
 * The LGA's eight Employer Standards (domain.md §4.5), each with the figures of the measures JSON that bear on it and
 * the staff survey's standard questions that do (the LGA's Health Check asks practitioners the same things). A figure
 * a bundle does not give (no supervision file, say) is shown as not held, never as zero.
 */
public enum EmployerStandard implements Coded {
    FRAMEWORK("1", List.of("stability_index_percent", "pqe_over_2y_percent", "turnover_rate_fte"),
            List.of("feel_valued", "intend_to_stay_2y")),
    WORKFORCE_PLANNING("2", List.of("vacancy_rate_fte", "agency_rate_fte", "time_to_fill_days", "vacancies_open_over_90_days"),
            List.of()),
    WORKLOADS("3", List.of("caseload_fte", "workers_over_20_cases", "children_with_3_plus_workers"), List.of("workload_manageable")),
    WELLBEING("4", List.of("absence_rate_fte", "working_days_lost_fte", "leavers_under_2y_service"),
            List.of("wellbeing_supported", "manager_support")),
    SUPERVISION("5", List.of("supervision_in_date_percent", "supervision_overdue_headcount"),
            List.of("supervision_regular", "supervision_helpful")),
    DEVELOPMENT("6", List.of("programme_reviews_overdue", "programme_retention_percent"), List.of("development_opportunities")),
    REGISTRATION("7", List.of(), List.of()),
    PARTNERSHIPS("8", List.of("agency_engagements_unapproved_breaches"), List.of());

    private final String code;
    private final List<String> measures;
    private final List<String> questions;

    EmployerStandard(String code, List<String> measures, List<String> questions) {
        this.code = code;
        this.measures = measures;
        this.questions = questions;
    }

    /** The staff survey's standard questions (their codes) whose answers are evidence for this standard. */
    public List<String> questions() {
        return questions;
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
