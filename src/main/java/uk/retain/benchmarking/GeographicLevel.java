package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.Optional;

/** The {@code geographic_level} of a row in DfE's files. */
public enum GeographicLevel {
    NATIONAL("National"),
    REGIONAL("Regional"),
    LOCAL_AUTHORITY("Local authority");

    private final String label;

    GeographicLevel(String label) {
        this.label = label;
    }

    /** The level as DfE writes it. */
    public String label() {
        return label;
    }

    public static Optional<GeographicLevel> ofLabel(String label) {
        return Arrays.stream(values()).filter(level -> level.label.equals(label)).findFirst();
    }
}
