package uk.retain.workforce;

/** Census LeaverDestination: where a leaver went (StartOrigin 2 to 10, numbered 1 to 9). */
public enum LeaverDestination implements CensusCode {
    ANOTHER_ENGLISH_AUTHORITY(1),
    OUTSIDE_ENGLAND(2),
    AGENCY_OR_CONSULTANCY(3),
    OTHER_NON_AUTHORITY_SOCIAL_WORK(4),
    OTHER_SOCIAL_CARE(5),
    OUTSIDE_SOCIAL_CARE(6),
    OTHER(7),
    NOT_KNOWN(8),
    NOT_YET_COLLECTED(9);

    private final int code;

    LeaverDestination(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
