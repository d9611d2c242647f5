package uk.retain.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One worker's employment rows read as a history: when they are in employment, when they start and leave, their
 * main row on a day, their ASYE. The one place for the words of measures.md ("leaves on day e", "current
 * employment", "service start", "main row", "ASYE start") that the measures and the files' rules share.
 */
public final class EmploymentHistory {

    private static final EmploymentHistory NONE = new EmploymentHistory(List.of());

    private final List<Employment> rows;
    private final List<Spell> spells;
    private final List<Spell> nonAgencySpells;
    private final List<Spell> asyeSpells;

    private EmploymentHistory(List<Employment> rows) {
        this.rows = List.copyOf(rows);
        List<Employment> nonAgency = new ArrayList<>(rows.size());
        List<Employment> asye = new ArrayList<>(1);
        for (Employment row : rows) {
            if (!row.isAgency()) {
                nonAgency.add(row);
            }
            if (row.jobRole().newlyQualified()) {
                asye.add(row);
            }
        }
        this.spells = Spell.of(this.rows);
        this.nonAgencySpells = Spell.of(nonAgency);
        this.asyeSpells = asye.isEmpty() ? List.of() : Spell.of(asye);
    }

    /** The history of one worker's rows (all of them that worker's). */
    public static EmploymentHistory of(List<Employment> rows) {
        return rows.isEmpty() ? NONE : new EmploymentHistory(rows);
    }

    public static EmploymentHistory none() {
        return NONE;
    }

    public List<Employment> rows() {
        return rows;
    }

    /** In employment (any contract) on the day. */
    public boolean inEmploymentOn(LocalDate day) {
        return Spell.containing(spells, day) != null;
    }

    public boolean inNonAgencyEmploymentOn(LocalDate day) {
        return Spell.containing(nonAgencySpells, day) != null;
    }

    /** In non-agency employment on every day from {@code first} to {@code last}. */
    public boolean inNonAgencyEmploymentThroughout(LocalDate first, LocalDate last) {
        Spell spell = Spell.containing(nonAgencySpells, first);
        return spell != null && !spell.end().isBefore(last);
    }

    /** The days the worker leaves: the last day of each spell of non-agency employment that ends. */
    public List<LocalDate> leavings() {
        List<LocalDate> days = new ArrayList<>(nonAgencySpells.size());
        for (Spell spell : nonAgencySpells) {
            if (!spell.open()) {
                days.add(spell.end());
            }
        }
        return days;
    }

    /** The days the worker starts: the first day of each spell of non-agency employment. */
    public List<LocalDate> starts() {
        List<LocalDate> days = new ArrayList<>(nonAgencySpells.size());
        for (Spell spell : nonAgencySpells) {
            days.add(spell.start());
        }
        return days;
    }

    /**
     * The employment start S for the day: the first day of the longest run of days containing it on each of which
     * the worker is in employment (any contract); null when they are not in employment that day.
     */
    public LocalDate employmentStart(LocalDate day) {
        Spell spell = Spell.containing(spells, day);
        return spell == null ? null : spell.start();
    }

    /**
     * The service start for a day of non-agency employment: the first day of the run of days up to it on each of
     * which the worker is in non-agency employment; null when they are not in non-agency employment that day.
     */
    public LocalDate serviceStart(LocalDate day) {
        Spell spell = Spell.containing(nonAgencySpells, day);
        return spell == null ? null : spell.start();
    }

    /** The ASYE start A for the day: the first day of the run of ASYE rows containing it; null when not in ASYE. */
    public LocalDate asyeStart(LocalDate day) {
        Spell spell = Spell.containing(asyeSpells, day);
        return spell == null ? null : spell.start();
    }

    /** The rows in employment on the day (all contracts). */
    public List<Employment> rowsOn(LocalDate day) {
        return rowsOn(day, Kind.ALL);
    }

    public List<Employment> rowsOn(LocalDate day, Kind kind) {
        List<Employment> on = new ArrayList<>(2);
        for (Employment row : rows) {
            if (kind.includes(row) && row.inForceOn(day)) {
                on.add(row);
            }
        }
        return on;
    }

    /** The main row on the day among the rows of {@code kind} ({@link Employment#main}); null when there is none. */
    public Employment mainRow(LocalDate day, Kind kind) {
        List<Employment> on = rowsOn(day, kind);
        return on.isEmpty() ? null : Employment.main(on);
    }

    public Employment mainRow(LocalDate day) {
        return mainRow(day, Kind.ALL);
    }

    /** Which rows a measure looks at: all of them, the non-agency ones, or the agency ones. */
    public enum Kind {
        ALL, NON_AGENCY, AGENCY;

        boolean includes(Employment row) {
            return switch (this) {
                case ALL -> true;
                case NON_AGENCY -> !row.isAgency();
                case AGENCY -> row.isAgency();
            };
        }
    }
}
