package uk.retain.recruitment;

import uk.retain.workforce.Coded;

/** Why a vacancy closed: the post was filled, the vacancy was withdrawn, or it was advertised again. */
public enum ClosedReason implements Coded {
    FILLED("filled"),
    WITHDRAWN("withdrawn"),
    READVERTISED("readvertised");

    private final String code;

    ClosedReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
