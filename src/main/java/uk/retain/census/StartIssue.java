package uk.retain.census;

import java.util.Locale;

/**
 * What a census return could not carry into a starting bundle as it stood (decision 0035): a record left out, or a
 * value left out or given a default, each named so the officer can fix the bundle before importing it. The words are
 * in messages ({@code census.start.issue.<code>}).
 */
public enum StartIssue {
    /** The return has no usable LEA: there is no authority to start. */
    LEA_NOT_USABLE("LEA", Effect.REFUSED),
    /** The return has no usable ReferenceDate: nothing can be dated. */
    REFERENCE_DATE_NOT_USABLE("ReferenceDate", Effect.REFUSED),
    /** SWENo is missing or not a Social Work England number (SW and 1 to 10 digits). */
    SWE_NUMBER_NOT_USABLE("SWENo", Effect.RECORD_LEFT_OUT),
    /** A second record with an SWE number already read. */
    SWE_NUMBER_DUPLICATE("SWENo", Effect.RECORD_LEFT_OUT),
    /** FTE missing, over 1, or 0 for a worker who has not left: no employment row can be made. */
    FTE_NOT_USABLE("FTE", Effect.RECORD_LEFT_OUT),
    /** A non-agency record without RoleStartDate: its employment cannot be dated. */
    ROLE_START_DATE_MISSING("RoleStartDate", Effect.RECORD_LEFT_OUT),
    /** RoleStartDate after the reference date: the record is not in the year the return describes. */
    ROLE_START_AFTER_REFERENCE_DATE("RoleStartDate", Effect.RECORD_LEFT_OUT),
    /** RoleEndDate after the reference date: a return's leavers leave in its year. */
    ROLE_END_AFTER_REFERENCE_DATE("RoleEndDate", Effect.RECORD_LEFT_OUT),
    /** RoleEndDate before RoleStartDate. */
    ROLE_END_BEFORE_START("RoleEndDate", Effect.RECORD_LEFT_OUT),
    /** An agency record without RoleStartDate: started on the reference date (or its RoleEndDate, when it has one). */
    AGENCY_START_DEFAULTED("RoleStartDate", Effect.DEFAULTED),
    /** No OrgRole, or not a code: the job role is social_worker until corrected. */
    ORG_ROLE_DEFAULTED("OrgRole", Effect.DEFAULTED),
    /** A non-agency leaver without a usable ReasonLeave: end_reason 9, not known. */
    REASON_LEAVE_DEFAULTED("ReasonLeave", Effect.DEFAULTED),
    GENDER_NOT_A_CODE("GenderCurrent", Effect.VALUE_LEFT_OUT),
    ETHNICITY_NOT_A_CODE("Ethnicity", Effect.VALUE_LEFT_OUT),
    START_ORIGIN_NOT_A_CODE("StartOrigin", Effect.VALUE_LEFT_OUT),
    LEAVER_DESTINATION_NOT_A_CODE("LeaverDestination", Effect.VALUE_LEFT_OUT),
    /** ReasonLeave or LeaverDestination on a record that has not left, or on an agency record: no row carries them. */
    LEAVING_CODES_NOT_A_LEAVING("ReasonLeave", Effect.VALUE_LEFT_OUT);

    /** What became of the record or value. */
    public enum Effect {
        /** The whole return: nothing is written. */
        REFUSED,
        RECORD_LEFT_OUT,
        VALUE_LEFT_OUT,
        DEFAULTED
    }

    private final String field;
    private final Effect effect;

    StartIssue(String field, Effect effect) {
        this.field = field;
        this.effect = effect;
    }

    /** The code in messages: lower case with underscores. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The census element the issue is about. */
    public String field() {
        return field;
    }

    public Effect effect() {
        return effect;
    }
}
