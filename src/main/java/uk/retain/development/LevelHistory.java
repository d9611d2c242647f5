package uk.retain.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;

/**
 * A worker's levels on the career pathway over time, from their employment rows and the level changes recorded in
 * Retain. On a day d the worker's level is found from their main row's job role R on d: of the pathway's levels of
 * R, the one of the latest change recorded on or before d and on or after the start of their run of days in R (the
 * first day of the longest run up to d on each of which their main row's role is R); with no such change, the
 * lowest level of R. A role the pathway does not have (ASYE, principal social worker...) is no level.
 */
public final class LevelHistory {

    /** A run of days at one level; {@code to} null while it lasts. */
    public record Spell(CareerLevel level, LocalDate from, LocalDate to) {
    }

    private final CareerPathway pathway;
    private final EmploymentHistory history;
    private final List<LevelChange> changes;

    private LevelHistory(CareerPathway pathway, EmploymentHistory history, List<LevelChange> changes) {
        this.pathway = pathway;
        this.history = history;
        this.changes = changes.stream().sorted(Comparator.comparing(LevelChange::fromDate).thenComparing(LevelChange::id)).toList();
    }

    /** One worker's history: their rows and their changes. */
    public static LevelHistory of(CareerPathway pathway, EmploymentHistory history, List<LevelChange> changes) {
        return new LevelHistory(pathway, history, changes);
    }

    /** The worker's level on the day, or null when they are in no employment or in a role off the pathway. */
    public CareerLevel levelOn(LocalDate day) {
        Employment main = history.mainRow(day);
        if (main == null) {
            return null;
        }
        List<CareerLevel> levels = pathway.levelsOf(main.jobRole());
        if (levels.isEmpty()) {
            return null;
        }
        LocalDate roleStart = roleStart(main.jobRole(), day);
        CareerLevel level = levels.get(0);
        for (LevelChange change : changes) {
            if (!change.fromDate().isAfter(day) && !change.fromDate().isBefore(roleStart)) {
                for (CareerLevel candidate : levels) {
                    if (candidate.code().equals(change.levelCode())) {
                        level = candidate;
                    }
                }
            }
        }
        return level;
    }

    /** The first day of the run of days up to {@code day} on each of which the main row's role is {@code role}. */
    private LocalDate roleStart(JobRole role, LocalDate day) {
        LocalDate start = day;
        while (true) {
            Employment main = history.mainRow(start);
            if (main == null || main.jobRole() != role) {
                return start.plusDays(1);
            }
            LocalDate earliest = start;
            for (Employment row : history.rowsOn(start)) {
                if (row.jobRole() == role && row.startDate().isBefore(earliest)) {
                    earliest = row.startDate();
                }
            }
            if (earliest.equals(start)) {
                Employment before = history.mainRow(start.minusDays(1));
                if (before == null || before.jobRole() != role) {
                    return start;
                }
                start = start.minusDays(1);
            } else {
                start = earliest;
            }
        }
    }

    /** The spells up to the day, oldest first: where the level changes (or employment starts or ends). */
    public List<Spell> spells(LocalDate day) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Employment row : history.rows()) {
            if (!row.startDate().isAfter(day)) {
                days.add(row.startDate());
            }
            if (row.endDate() != null && row.endDate().isBefore(day)) {
                days.add(row.endDate().plusDays(1));
            }
        }
        for (LevelChange change : changes) {
            if (!change.fromDate().isAfter(day)) {
                days.add(change.fromDate());
            }
        }
        List<Spell> spells = new ArrayList<>();
        CareerLevel current = null;
        LocalDate from = null;
        for (LocalDate d : days) {
            CareerLevel level = levelOn(d);
            if (level == current) {
                continue;
            }
            if (current != null) {
                spells.add(new Spell(current, from, d.minusDays(1)));
            }
            current = level;
            from = d;
        }
        if (current != null) {
            spells.add(new Spell(current, from, null));
        }
        return spells;
    }

    /** The first day of the worker's current spell at their level on the day, or null when they have no level. */
    public LocalDate levelSince(LocalDate day) {
        CareerLevel level = levelOn(day);
        if (level == null) {
            return null;
        }
        List<Spell> spells = spells(day);
        return spells.isEmpty() ? null : spells.get(spells.size() - 1).from();
    }

    /** Whole months at the level on the day (0 in its first month), or null when they have no level. */
    public Long monthsAtLevel(LocalDate day) {
        LocalDate since = levelSince(day);
        return since == null ? null : ChronoUnit.MONTHS.between(since, day);
    }

    /**
     * Whole months at the level beyond its minimum on the day: negative while short of it, null with no level. What
     * another module (such as risk signals) asks of a worker who has waited long for progression.
     */
    public Long monthsPastMinimum(LocalDate day) {
        Long months = monthsAtLevel(day);
        return months == null ? null : months - levelOn(day).minimumMonths();
    }
}
