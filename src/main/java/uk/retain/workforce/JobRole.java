package uk.retain.workforce;

/** A job role in the register, with the census {@code OrgRole} it is returned as. */
public enum JobRole implements Coded {
    ASYE_SOCIAL_WORKER("asye_social_worker", 5),
    SOCIAL_WORKER("social_worker", 5),
    SENIOR_SOCIAL_WORKER("senior_social_worker", 5),
    ADVANCED_PRACTITIONER("advanced_practitioner", 4),
    CONSULTANT_SOCIAL_WORKER("consultant_social_worker", 4),
    PRACTICE_EDUCATOR("practice_educator", 4),
    TEAM_MANAGER("team_manager", 3),
    SERVICE_MANAGER("service_manager", 2),
    PRINCIPAL_SOCIAL_WORKER("principal_social_worker", 2),
    SENIOR_MANAGER("senior_manager", 1),
    INDEPENDENT_REVIEWING_OFFICER("independent_reviewing_officer", 6),
    QUALIFIED_WITHOUT_CASES("qualified_without_cases", 6);

    private final String code;
    private final int orgRole;

    JobRole(String code, int orgRole) {
        this.code = code;
        this.orgRole = orgRole;
    }

    @Override
    public String code() {
        return code;
    }

    /** Newly qualified: in the Assessed and Supported Year in Employment. */
    public boolean newlyQualified() {
        return this == ASYE_SOCIAL_WORKER;
    }

    /**
     * An advanced practitioner or consultant social worker: who co-works a newly qualified worker's child protection
     * or court case (Leeds: a newly qualified worker never holds such work alone).
     */
    public boolean protectsNewlyQualified() {
        return this == ADVANCED_PRACTITIONER || this == CONSULTANT_SOCIAL_WORKER;
    }

    /** The census OrgRole: 1 senior manager … 5 case holder, 6 qualified without cases. */
    public int orgRole() {
        return orgRole;
    }
}
