package uk.retain.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An unbroken run of days, both ends inclusive; {@link LocalDate#MAX} as the end means still in force. A
 * worker's employment spells say when they start and leave, whatever rows they change between.
 */
public record Spell(LocalDate start, LocalDate end) {

    public static Spell of(Employment row) {
        return new Spell(row.startDate(), row.endDate() == null ? LocalDate.MAX : row.endDate());
    }

    /** The unbroken spells the rows cover: overlapping or back-to-back rows join into one spell. */
    public static List<Spell> of(List<Employment> rows) {
        List<Spell> sorted = new ArrayList<>(rows.size());
        for (Employment row : rows) {
            sorted.add(of(row));
        }
        sorted.sort(Comparator.comparing(Spell::start));
        List<Spell> spells = new ArrayList<>();
        for (Spell next : sorted) {
            if (!spells.isEmpty()) {
                Spell last = spells.get(spells.size() - 1);
                if (last.end.equals(LocalDate.MAX) || !next.start.isAfter(last.end.plusDays(1))) {
                    if (next.end.isAfter(last.end)) {
                        spells.set(spells.size() - 1, new Spell(last.start, next.end));
                    }
                    continue;
                }
            }
            spells.add(next);
        }
        return spells;
    }

    /** The spell holding {@code day}, or null; {@code spells} as {@link #of(List)} gives them. */
    public static Spell containing(List<Spell> spells, LocalDate day) {
        int low = 0;
        int high = spells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Spell spell = spells.get(mid);
            if (day.isBefore(spell.start)) {
                high = mid - 1;
            } else if (day.isAfter(spell.end)) {
                low = mid + 1;
            } else {
                return spell;
            }
        }
        return null;
    }

    /** Whether the spell is still in force (has no end). */
    public boolean open() {
        return end.equals(LocalDate.MAX);
    }
}
