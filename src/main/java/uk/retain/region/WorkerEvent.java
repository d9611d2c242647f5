package uk.retain.region;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.retain.agency.JobType;
import uk.retain.workforce.Coded;

/**
 * One thing a worker did in a council of the region, as the cross-border checks see it: the worker only as the keyed
 * hash of their SWE number ({@link SweHashes}), the day, and for an agency start its job type and hourly pay.
 *
 * @param laCode the council it happened in
 * @param jobType the agency engagement's job type, null for a permanent post
 * @param hourlyPay the agency engagement's hourly pay (the part the price cap limits), null for a permanent post
 */
public record WorkerEvent(String laCode, String sweHash, Kind kind, LocalDate date, JobType jobType, BigDecimal hourlyPay) {

    /** What happened. */
    public enum Kind implements Coded {
        /** The last day of a spell of non-agency (permanent or fixed-term) employment. */
        LEFT_PERMANENT_POST("left_permanent_post"),
        /** The first day of a spell of non-agency employment. */
        STARTED_PERMANENT_POST("started_permanent_post"),
        /** The start of an agency engagement. */
        AGENCY_START("agency_start");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        /** Whether it starts work in the council: a permanent post or an agency engagement. */
        public boolean starts() {
            return this != LEFT_PERMANENT_POST;
        }
    }
}
