package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.Optional;

/** The symbols DfE publishes in place of a number, with the reason each gives. */
public enum Marker {
    SUPPRESSED("c"),
    UNAVAILABLE("x"),
    LOW_RELIABILITY("u"),
    NOT_APPLICABLE("z"),
    ROUNDS_TO_ZERO("low");

    private final String code;

    Marker(String code) {
        this.code = code;
    }

    /** The symbol as it appears in DfE's files. */
    public String code() {
        return code;
    }

    /** The marker whose symbol is exactly {@code code}, if any. */
    public static Optional<Marker> ofCode(String code) {
        return Arrays.stream(values()).filter(marker -> marker.code.equals(code)).findFirst();
    }
}
