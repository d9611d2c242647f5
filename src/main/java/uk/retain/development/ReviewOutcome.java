package uk.retain.development;

import uk.retain.workforce.Coded;

/** The finding of a programme review. */
public enum ReviewOutcome implements Coded {
    ON_TRACK("on_track"),
    CONCERNS("concerns"),
    NOT_ON_TRACK("not_on_track");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
