package uk.retain.exits;

import uk.retain.workforce.Coded;

/** Why a leaver says they left, as a leaving interview records it ({@code main_reason}, {@code other_reasons}). */
public enum LeavingReason implements Coded {
    CASELOAD("caseload"),
    SUPERVISION_SUPPORT("supervision_support"),
    MANAGEMENT("management"),
    PAY("pay"),
    CAREER_PROGRESSION("career_progression"),
    TRAVEL("travel"),
    FLEXIBILITY("flexibility"),
    WELLBEING("wellbeing"),
    PERSONAL("personal"),
    RETIREMENT("retirement"),
    OTHER("other");

    private final String code;

    LeavingReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
