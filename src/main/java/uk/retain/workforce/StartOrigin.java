package uk.retain.workforce;

/** Census StartOrigin: where a starter came from. */
public enum StartOrigin implements CensusCode {
    NEWLY_QUALIFIED(1),
    ANOTHER_ENGLISH_AUTHORITY(2),
    OUTSIDE_ENGLAND(3),
    AGENCY_OR_CONSULTANCY(4),
    OTHER_NON_AUTHORITY_SOCIAL_WORK(5),
    OTHER_SOCIAL_CARE(6),
    OUTSIDE_SOCIAL_CARE(7),
    OTHER(8),
    NOT_KNOWN(9),
    NOT_YET_COLLECTED(10);

    private final int code;

    StartOrigin(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
