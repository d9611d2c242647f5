package uk.retain.recruitment;

import uk.retain.workforce.Coded;

/** Where a candidate came from, in the order of the format (the order {@code applications_by_source} keeps). */
public enum Source implements Coded {
    UNIVERSITY_PARTNER("university_partner"),
    STEP_UP("step_up"),
    FRONTLINE("frontline"),
    COUNCIL_WEBSITE("council_website"),
    JOB_BOARD("job_board"),
    AGENCY_CONVERSION("agency_conversion"),
    ANOTHER_COUNCIL("another_council"),
    REFERRAL("referral"),
    OTHER("other");

    private final String code;

    Source(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
