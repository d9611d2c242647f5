package uk.retain.planning;

import java.time.LocalDate;
import java.time.Period;

import uk.retain.workforce.JobRole;

/**
 * A practitioner's experience band: newly qualified in the ASYE, then by post-qualifying experience (PQE) under
 * two years, two to five, and five or more. A worker with no qualification date counts as five or more: the register
 * leaves the date empty mostly for long-serving staff.
 */
public enum Band {
    ASYE("asye"),
    UNDER_TWO("under_2_years"),
    TWO_TO_FIVE("2_to_5_years"),
    FIVE_PLUS("5_plus_years");

    private final String code;

    Band(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The band of a worker in {@code role}, qualified on {@code qualifiedOn} (or null), on {@code day}. */
    public static Band of(JobRole role, LocalDate qualifiedOn, LocalDate day) {
        if (role.newlyQualified()) {
            return ASYE;
        }
        if (qualifiedOn == null) {
            return FIVE_PLUS;
        }
        int years = qualifiedOn.isAfter(day) ? 0 : Period.between(qualifiedOn, day).getYears();
        if (years < 2) {
            return UNDER_TWO;
        }
        return years < 5 ? TWO_TO_FIVE : FIVE_PLUS;
    }

    /** Whether the band is over two years of PQE. */
    public boolean experienced() {
        return this == TWO_TO_FIVE || this == FIVE_PLUS;
    }

    /**
     * The monthly chance of moving on to the next band: the ASYE lasts twelve months, "under two years" holds the
     * second year, "two to five" three years; five or more is the last.
     */
    public double monthlyProgression() {
        return switch (this) {
            case ASYE, UNDER_TWO -> 1.0 / 12;
            case TWO_TO_FIVE -> 1.0 / 36;
            case FIVE_PLUS -> 0;
        };
    }

    public Band next() {
        return this == FIVE_PLUS ? FIVE_PLUS : values()[ordinal() + 1];
    }
}
