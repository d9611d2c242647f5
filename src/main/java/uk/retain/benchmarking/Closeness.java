package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.Optional;

/** How close DfE's 2025 model finds a neighbour, as it writes it in {@code SN_nP}. */
public enum Closeness {
    EXTREMELY_CLOSE("Extremely close"),
    VERY_CLOSE("Very close"),
    CLOSE("Close"),
    SOMEWHAT_CLOSE("Somewhat close"),
    NOT_CLOSE("Not close");

    private final String label;

    Closeness(String label) {
        this.label = label;
    }

    /** The code for messages and JSON: {@code very-close}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** DfE's words, read with the trailing space DfE leaves after some "Close". */
    public static Optional<Closeness> ofLabel(String text) {
        String stripped = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(closeness -> closeness.label.equalsIgnoreCase(stripped)).findFirst();
    }
}
