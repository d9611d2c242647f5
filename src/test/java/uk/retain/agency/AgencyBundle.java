package uk.retain.agency;

import uk.retain.workforce.TestBundle;

/**
 * The valid minimal bundle ({@link TestBundle#minimal()}: authority in region E12000006, W2 agency team_manager in T2
 * from 2024-01-01) with a valid agency_engagements.csv and agency_rate_caps.csv:
 *
 * <pre>
 * agency_engagements.csv  line 2  E1 W2 team_manager from 2024-01-01, 37.5 h at 45.00 pay, 58.50 charge, notice 4
 *                         line 3  E2 W2 team_manager 2025-11-03 to 2026-03-31, 37 h at 40 / 52, notice 2, approved
 * agency_rate_caps.csv    line 2  E12000006 team_manager 2025-10-01 to 2026-09-30, max 45.00
 *                         line 3  E12000006 social_worker from 2025-10-01, max 33.00
 *                         line 4  E12000007 team_manager from 2025-10-01, max 50.00
 * </pre>
 */
final class AgencyBundle {

    static final String ENGAGEMENTS = "agency_engagements.csv";
    static final String CAPS = "agency_rate_caps.csv";
    static final String ENGAGEMENTS_HEADER = "engagement_id,worker_id,agency,job_type,start_date,end_date,hours_per_week,"
            + "hourly_pay,hourly_charge,notice_weeks,reference_on,project_team,override_approved_by,override_reason";
    static final String CAPS_HEADER = "region_code,job_type,effective_from,effective_to,max_hourly_pay";

    private AgencyBundle() {
    }

    static TestBundle valid() {
        return TestBundle.minimal()
                .lines(ENGAGEMENTS, ENGAGEMENTS_HEADER,
                        "E1,W2,Acme Locums,team_manager,2024-01-01,,37.5,45.00,58.50,4,2023-12-20,false,,",
                        "E2,W2,Acme Locums,team_manager,2025-11-03,2026-03-31,37,40,52,2,2025-10-20,,Director of Children's Services,urgent cover")
                .lines(CAPS, CAPS_HEADER,
                        "E12000006,team_manager,2025-10-01,2026-09-30,45.00",
                        "E12000006,social_worker,2025-10-01,,33.00",
                        "E12000007,team_manager,2025-10-01,,50.00");
    }
}
