package uk.retain.workforce;

/** Census GenderCurrent. */
public enum GenderCurrent implements CensusCode {
    NOT_KNOWN(0),
    MALE(1),
    FEMALE(2),
    NOT_SPECIFIED(9);

    private final int code;

    GenderCurrent(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
