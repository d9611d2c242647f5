package uk.retain.development;

import uk.retain.workforce.Coded;

/** A route of the career pathway: staying in practice, or going into management. Shown side by side, as equals. */
public enum CareerRoute implements Coded {
    PRACTICE("practice"),
    MANAGEMENT("management");

    private final String code;

    CareerRoute(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
