package uk.retain.signals;

import uk.retain.workforce.Coded;

/**
 * The risk signals Retain can raise, in the order pages list them. Each names the data it is read from
 * ({@link #source()}, a bundle file or a capability of Retain); one whose data Retain does not hold yet is
 * {@link #available() not available} and is never raised.
 */
public enum SignalKind implements Coded {
    /** Over the caseload policy's cap on 4 or more of the last 8 weekly dates (today and each week before). */
    CASELOAD_OVER_CAP("caseload_over_cap", "cases.csv, allocations.csv and the caseload policy", true),
    /** The next supervision date, under the policy that applies to the worker, is before today. */
    SUPERVISION_OVERDUE("supervision_overdue", "supervisions.csv and the supervision policy", true),
    /** No development activity in the 12 months to today, for a worker employed throughout them. */
    NO_CPD_12_MONTHS("no_cpd_12_months", "development.csv", true),
    /** Longer at a level of the career pathway than its minimum, when the next level is in the same job role; not agency. */
    TIME_AT_LEVEL("time_at_level", "employments.csv (job roles), the career pathway and the level changes recorded in Retain", true),
    /** The manager of the worker's team changed at least twice in the 12 months to today. */
    TEAM_MANAGER_CHANGED("team_manager_changed", "employments.csv (team managers' rows)", true),
    /** 3 or more spells of sickness absence starting in the 12 months to today. */
    ABSENCE_SPELLS("absence_spells", "absences.csv (reason SIC)", true),
    /** A review of the worker's ASYE in the 12 months to today found concerns or that they were not on track. */
    ASYE_REVIEW_CONCERNS("asye_review_concerns", "programmes.csv and programme_reviews.csv", true),
    /** In the last staff survey, fewer in the worker's team said they intend to stay than in the authority. */
    TEAM_INTENTION_BELOW_AUTHORITY("team_intention_below_authority", "survey_responses.csv (intend_to_stay_2y)", true);

    /** The weeks looked at for {@link #CASELOAD_OVER_CAP}, and how many over cap raise it. */
    public static final int CASELOAD_WEEKS = 8;
    public static final int CASELOAD_WEEKS_OVER = 4;
    public static final int ABSENCE_SPELLS_RAISED = 3;
    public static final int MANAGER_CHANGES_RAISED = 2;

    private final String code;
    private final String source;
    private final boolean available;

    SignalKind(String code, String source, boolean available) {
        this.code = code;
        this.source = source;
        this.available = available;
    }

    @Override
    public String code() {
        return code;
    }

    /** Where its data comes from, as the exchange format names it (the pages' words are in messages). */
    public String source() {
        return source;
    }

    public boolean available() {
        return available;
    }
}
