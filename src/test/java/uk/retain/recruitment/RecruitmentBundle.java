package uk.retain.recruitment;

import uk.retain.workforce.TestBundle;

/**
 * The valid minimal bundle ({@link TestBundle#minimal()}) with a valid vacancies.csv and applications.csv:
 *
 * <pre>
 * vacancies.csv     line 2  V1 T1 social_worker post P1 opened 2025-01-06, closed 2025-03-03 filled
 *                   line 3  V2 T2 team_manager opened 2025-06-02, open
 *                   line 4  V3 T1 social_worker opened 2024-03-04, closed 2024-09-30 withdrawn (no application: spare)
 * applications.csv  line 2  A1 to V1 frontline, every stage, started as W1
 *                   line 3  A2 to V1 job_board, offered 2025-02-05, offer_declined
 *                   line 4  A3 to V2 council_website, applied 2025-06-10, in_progress
 * </pre>
 */
final class RecruitmentBundle {

    static final String VACANCIES = "vacancies.csv";
    static final String APPLICATIONS = "applications.csv";
    static final String VACANCIES_HEADER = "vacancy_id,team_id,job_role,post_id,opened_on,closed_on,closed_reason";
    static final String APPLICATIONS_HEADER = "application_id,vacancy_id,candidate_id,source,applied_on,shortlisted_on,"
            + "interviewed_on,offered_on,accepted_on,started_on,outcome,outcome_reason,worker_id";

    private RecruitmentBundle() {
    }

    static TestBundle valid() {
        return TestBundle.minimal()
                .lines(VACANCIES, VACANCIES_HEADER,
                        "V1,T1,social_worker,P1,2025-01-06,2025-03-03,filled",
                        "V2,T2,team_manager,,2025-06-02,,",
                        "V3,T1,social_worker,,2024-03-04,2024-09-30,withdrawn")
                .lines(APPLICATIONS, APPLICATIONS_HEADER,
                        "A1,V1,CAND-1,frontline,2025-01-10,2025-01-20,2025-01-30,2025-02-05,2025-02-07,2025-03-03,started,,W1",
                        "A2,V1,CAND-2,job_board,2025-01-11,2025-01-20,2025-01-30,2025-02-05,,,offer_declined,pay,",
                        "A3,V2,CAND-3,council_website,2025-06-10,,,,,,in_progress,,");
    }
}
