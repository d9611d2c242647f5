package uk.retain.development;

import uk.retain.workforce.Coded;

/**
 * How a programme place ended: {@code extended} means a new row continues it, {@code left} that the worker left
 * the council.
 */
public enum ProgrammeOutcome implements Coded {
    PASSED("passed"),
    FAILED("failed"),
    EXTENDED("extended"),
    WITHDRAWN("withdrawn"),
    LEFT("left");

    private final String code;

    ProgrammeOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
