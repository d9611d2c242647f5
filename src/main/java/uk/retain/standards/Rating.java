package uk.retain.standards;

import uk.retain.workforce.Coded;

/** A council's own rating of how far it meets a standard. */
public enum Rating implements Coded {
    MET("met"), PARTLY_MET("partly_met"), NOT_MET("not_met");

    private final String code;

    Rating(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
