package uk.retain.development;

import uk.retain.workforce.Coded;

/** How soon a named successor could take on a critical role. */
public enum Readiness implements Coded {
    READY_NOW("ready_now"),
    ONE_TO_TWO_YEARS("one_to_two_years"),
    THREE_PLUS_YEARS("three_plus_years");

    private final String code;

    Readiness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
