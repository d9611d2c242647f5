package uk.retain.recruitment;

import uk.retain.workforce.Coded;

/** Where an application stands or how it ended. */
public enum ApplicationOutcome implements Coded {
    IN_PROGRESS("in_progress"),
    STARTED("started"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    OFFER_DECLINED("offer_declined");

    private final String code;

    ApplicationOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
