package uk.retain.development;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review points of each kind of programme, and the programmes whose completers' retention is measured: the
 * configuration the programme measures read, so that a new programme (or a council's own review schedule) is a new
 * table, not new code. A kind missing from {@code steps} has no review points.
 *
 * <p>The contract's table ({@link #CONTRACT}, measures.md) is data, {@code programme-steps.csv} beside this class: the
 * ASYE is reviewed at 3, 6 and 12 months, and may be at 9 and finally (never overdue); the ECDP the same for now,
 * with its final review at the end of its second year; an academy has no review that is counted. Retention is
 * measured for the ASYE. Changing the ECDP's schedule when it starts in 2027 is a change to that file, not to code.
 *
 * @param steps the review points of each kind, in the order they fall due
 * @param retained the kinds whose places ended {@code passed} count for {@code programme_retention_percent}
 */
public record ProgrammeSteps(Map<ProgrammeKind, List<ReviewStep>> steps, Set<ProgrammeKind> retained) {

    /** Where the contract's table is kept: a resource beside this class, one row per programme and review point. */
    static final String RESOURCE = "programme-steps.csv";

    /** The contract's table, read from {@link #RESOURCE}. */
    public static final ProgrammeSteps CONTRACT = contract();

    private static ProgrammeSteps contract() {
        try (var in = ProgrammeSteps.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ProgrammeSteps.class.getName());
            }
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A table in the resource's form: a header {@code programme,review,months,required,retention_measured}, then one
     * row per programme and review point in the order they fall due ({@code required} and
     * {@code retention_measured} are {@code yes} or {@code no}; the latter the same on every row of a programme). A
     * programme reviewed at no point has one row with {@code review} and {@code months} empty; a programme with no
     * row has no review points. A new programme, or a council's own schedule, is a new table.
     *
     * @throws IllegalArgumentException naming the line of the first problem
     */
    public static ProgrammeSteps read(String csv) {
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("programme,review,months,required,retention_measured")) {
            throw new IllegalArgumentException("line 1: the header must be programme,review,months,required,retention_measured");
        }
        Map<ProgrammeKind, List<ReviewStep>> steps = new EnumMap<>(ProgrammeKind.class);
        Map<ProgrammeKind, Boolean> retention = new EnumMap<>(ProgrammeKind.class);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(where + "5 cells expected, not " + cells.length);
            }
            ProgrammeKind kind = uk.retain.workforce.Coded.fromCode(ProgrammeKind.class, cells[0])
                    .orElseThrow(() -> new IllegalArgumentException(where + "unknown programme '" + cells[0] + "'"));
            boolean retained = yesNo(cells[4], where);
            if (retention.containsKey(kind) && retention.get(kind) != retained) {
                throw new IllegalArgumentException(where + "retention_measured differs between the rows of " + kind.code());
            }
            retention.put(kind, retained);
            List<ReviewStep> list = steps.computeIfAbsent(kind, k -> new ArrayList<>());
            if (cells[1].isEmpty() && cells[2].isEmpty()) {
                continue;
            }
            ReviewPoint point = uk.retain.workforce.Coded.fromCode(ReviewPoint.class, cells[1])
                    .orElseThrow(() -> new IllegalArgumentException(where + "unknown review '" + cells[1] + "'"));
            int months;
            try {
                months = Integer.parseInt(cells[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "months must be a whole number, not '" + cells[2] + "'");
            }
            try {
                list.add(new ReviewStep(point, months, yesNo(cells[3], where)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
        }
        Set<ProgrammeKind> retained = EnumSet.noneOf(ProgrammeKind.class);
        retention.forEach((kind, measured) -> {
            if (measured) {
                retained.add(kind);
            }
        });
        return new ProgrammeSteps(steps, retained);
    }

    private static boolean yesNo(String cell, String where) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(where + "yes or no expected, not '" + cell + "'");
        };
    }

    public ProgrammeSteps {
        Map<ProgrammeKind, List<ReviewStep>> copied = new EnumMap<>(ProgrammeKind.class);
        steps.forEach((kind, list) -> {
            List<ReviewStep> copy = List.copyOf(list);
            if (copy.stream().map(ReviewStep::review).distinct().count() != copy.size()) {
                throw new IllegalArgumentException("a review point is listed twice for " + kind.code());
            }
            copied.put(kind, copy);
        });
        steps = java.util.Collections.unmodifiableMap(copied);
        retained = retained.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(retained));
    }

    /** The review points of a kind, in order; empty when it has none. */
    public List<ReviewStep> of(ProgrammeKind kind) {
        return steps.getOrDefault(kind, List.of());
    }

    /** The review points of a kind that can be overdue. */
    public List<ReviewStep> required(ProgrammeKind kind) {
        return of(kind).stream().filter(ReviewStep::required).toList();
    }

    public boolean retains(ProgrammeKind kind) {
        return retained.contains(kind);
    }
}
