package uk.retain.workforce;

/** Census ReasonLeave: why a leaver left (the end_reason of a leaving row). */
public enum ReasonLeave implements CensusCode {
    RESIGNATION(1),
    VOLUNTARY_REDUNDANCY(2),
    COMPULSORY_REDUNDANCY(3),
    DISMISSED(4),
    RETIRED(5),
    DECEASED(6),
    NON_CHILDRENS_SOCIAL_WORK_ROLE_IN_AUTHORITY(7),
    OTHER(8),
    NOT_KNOWN(9),
    NOT_YET_COLLECTED(10);

    private final int code;

    ReasonLeave(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
