package uk.retain.census;

/**
 * A pre-submission check of the census return: a rule of the DfE's (domain.md §4.2, the liia-tools validator) that
 * the schema does not express. Each says what to fix and where: the census field, and the bundle file and column
 * the register takes it from. The words are in messages ({@code census.check.<code>}).
 */
public enum CensusCheck {
    /** Non-agency workers must give their date of birth. */
    BIRTH_DATE_MISSING("PersonBirthDate", "workers.csv", "date_of_birth", true),
    GENDER_MISSING("GenderCurrent", "workers.csv", "gender", true),
    ETHNICITY_MISSING("Ethnicity", "workers.csv", "ethnicity", true),
    ORG_ROLE_MISSING("OrgRole", "employments.csv", "job_role", true),
    ROLE_START_DATE_MISSING("RoleStartDate", "employments.csv", "start_date", true),
    /** A starter in the year must say where they came from. */
    START_ORIGIN_MISSING("StartOrigin", "workers.csv", "start_origin", true),
    /** StartOrigin is only for workers who started in the year. */
    START_ORIGIN_NOT_STARTER("StartOrigin", "workers.csv", "start_origin", true),
    /** A leaver must give the reason they left. */
    REASON_LEAVE_MISSING("ReasonLeave", "employments.csv", "end_reason", true),
    /** ReasonLeave and LeaverDestination are only for leavers. */
    LEAVER_FIELDS_NOT_LEAVER("ReasonLeave", "employments.csv", "end_reason", true),
    /** A leaver's FTE on the reference date is 0. */
    LEAVER_FTE_NOT_ZERO("FTE", "employments.csv", "end_date", true),
    /** The role ends before it starts. */
    ROLE_END_BEFORE_START("RoleEndDate", "employments.csv", "end_date", true),
    /** FTE and FTE30 are from 0 to 1. */
    FTE_OUT_OF_RANGE("FTE", "employments.csv", "fte", true),
    /** A code outside its census list. */
    GENDER_NOT_A_CODE("GenderCurrent", "workers.csv", "gender", true),
    ETHNICITY_NOT_A_CODE("Ethnicity", "workers.csv", "ethnicity", true),
    START_ORIGIN_NOT_A_CODE("StartOrigin", "workers.csv", "start_origin", true),
    REASON_LEAVE_NOT_A_CODE("ReasonLeave", "employments.csv", "end_reason", true),
    LEAVER_DESTINATION_NOT_A_CODE("LeaverDestination", "employments.csv", "leaver_destination", true),
    /** Every record needs an SWE number. */
    SWE_NUMBER_MISSING("SWENo", "workers.csv", "swe_number", true),
    /** Two records with one SWE number. */
    SWE_NUMBER_DUPLICATE("SWENo", "workers.csv", "swe_number", true),
    /** The register's history starts after the census year's first day: starters, leavers and absence are short. */
    HISTORY_INCOMPLETE("Header", "authority.csv", "history_from", true),
    /** NumberOfVacancies needs the establishment: the register has no posts. */
    VACANCIES_NOT_GIVEN("NumberOfVacancies", "posts.csv", null, true),
    /** The return has no worker (the schema asks for at least one). */
    NO_WORKERS("CSWWWorker", "employments.csv", null, true),
    /** A non-agency worker's gender is returned as 0, not known: collect it if the worker will give it. A warning. */
    GENDER_NOT_KNOWN("GenderCurrent", "workers.csv", "gender", false),
    /** A non-agency worker's ethnicity is returned as NOBT, not yet obtained. A warning. */
    ETHNICITY_NOT_OBTAINED("Ethnicity", "workers.csv", "ethnicity", false),
    /**
     * Retain does not hold the qualifying institution the schema requires: the return says so, and it must be filled
     * in before submission. A warning: it does not stop the export.
     */
    QUALIFYING_INSTITUTION_NOT_HELD("QualInst", null, null, false);

    private final String field;
    private final String file;
    private final String column;
    private final boolean blocking;

    CensusCheck(String field, String file, String column, boolean blocking) {
        this.field = field;
        this.file = file;
        this.column = column;
        this.blocking = blocking;
    }

    /** The code in JSON and in messages: lower case with underscores. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The census element the check is about. */
    public String field() {
        return field;
    }

    /** The bundle file the fix goes in, or null when it is not in a bundle. */
    public String file() {
        return file;
    }

    /** The column of {@link #file()} the fix goes in, or null when it is the file as a whole. */
    public String column() {
        return column;
    }

    /** A blocking check stops the return being offered; a warning is only shown. */
    public boolean blocking() {
        return blocking;
    }
}
