package uk.retain.development;

import uk.retain.workforce.Coded;

/**
 * A Knowledge and Skills Statement: {@code P1}–{@code P10} of the practitioner, {@code S1}–{@code S8} of the
 * practice supervisor, {@code L1}–{@code L6} of the practice leader.
 */
public enum KssStatement implements Coded {
    P1("P1"),
    P2("P2"),
    P3("P3"),
    P4("P4"),
    P5("P5"),
    P6("P6"),
    P7("P7"),
    P8("P8"),
    P9("P9"),
    P10("P10"),
    S1("S1"),
    S2("S2"),
    S3("S3"),
    S4("S4"),
    S5("S5"),
    S6("S6"),
    S7("S7"),
    S8("S8"),
    L1("L1"),
    L2("L2"),
    L3("L3"),
    L4("L4"),
    L5("L5"),
    L6("L6");

    private final String code;

    KssStatement(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
