package uk.retain.development;

import uk.retain.workforce.Coded;

/** A review of a programme place: at 3, 6, 9 or 12 months, or the final one. */
public enum ReviewPoint implements Coded {
    THREE_MONTH("3_month"),
    SIX_MONTH("6_month"),
    NINE_MONTH("9_month"),
    TWELVE_MONTH("12_month"),
    FINAL("final");

    private final String code;

    ReviewPoint(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
