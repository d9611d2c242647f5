package uk.retain.agency;

import uk.retain.workforce.Coded;

/** The five job types of the DfE agency rules, to which the price caps apply. */
public enum JobType implements Coded {
    SOCIAL_WORKER("social_worker"),
    SENIOR_SOCIAL_WORKER("senior_social_worker"),
    /** Advanced practitioners, with assistant team managers and principal social workers. */
    ADVANCED_PRACTITIONER("advanced_practitioner"),
    TEAM_MANAGER("team_manager"),
    IRO_CP_CHAIR("iro_cp_chair");

    private final String code;

    JobType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
