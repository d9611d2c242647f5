package uk.retain.benchmarking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An Ofsted ILACS judgement, the four grades of the framework. */
public enum OfstedGrade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate");

    private final String label;

    OfstedGrade(String label) {
        this.label = label;
    }

    /** The code for messages and JSON: {@code requires-improvement}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Ofsted's words; empty for anything else (a council that no longer exists, a blank). */
    public static Optional<OfstedGrade> ofLabel(String text) {
        String stripped = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(grade -> grade.label.equalsIgnoreCase(stripped)).findFirst();
    }
}
