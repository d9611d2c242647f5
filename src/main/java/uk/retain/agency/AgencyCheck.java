package uk.retain.agency;

import uk.retain.workforce.Coded;

/** A check of the DfE agency rules that an engagement can fail (measures.md, "Agency checks"), by its code. */
public enum AgencyCheck implements Coded {
    /** The worker has no qualification date, or qualified less than 3 years before the start. */
    PQE_UNDER_3_YEARS("pqe_under_3_years"),
    /** The worker left the council's own employment in the 3 months before the start. */
    COOLING_OFF("cooling_off"),
    /** No practice-based reference was received by the start. */
    NO_REFERENCE("no_reference"),
    /** The worker must give more than 4 weeks' notice. */
    NOTICE_OVER_4_WEEKS("notice_over_4_weeks"),
    /** The pay is above the regional price cap in force on the start. */
    OVER_PRICE_CAP("over_price_cap");

    private final String code;

    AgencyCheck(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
