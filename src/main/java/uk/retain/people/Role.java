package uk.retain.people;

import java.util.Arrays;
import java.util.Optional;

/** What a user does in Retain, which decides what they may see. */
public enum Role {
    /** Their own caseload and supervision record. */
    SOCIAL_WORKER("social_worker"),
    /** Their team(s): workers, caseloads, allocation. */
    TEAM_MANAGER("team_manager"),
    /** Principal social worker or workforce lead: the whole authority's people and development. */
    WORKFORCE_LEAD("workforce_lead"),
    /** The whole authority's workforce records, recruitment and agency. */
    HR("hr"),
    /** The whole authority, read only. */
    SENIOR_LEADER("senior_leader"),
    /** Aggregates of the councils in one region, never a row about one person or one child. */
    REGIONAL_ANALYST("regional_analyst"),
    /** Users, roles and imports. */
    ADMINISTRATOR("administrator");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Spring Security authority name of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
