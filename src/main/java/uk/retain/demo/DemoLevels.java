package uk.retain.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.retain.development.CareerPathway;
import uk.retain.development.LevelChange;
import uk.retain.development.LevelHistory;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * The demo council's level changes on the default career pathway, from the register alone: of the social workers in
 * non-agency employment on the history's last day, taken in worker id order, two in three who have been at level 1
 * for 20 months or more reach level 2 a year in, and every other of those at it 44 months or more level 3 three years
 * in. The one rule the demo loader records and the tests that read the demo's signals apply.
 */
public final class DemoLevels {

    private DemoLevels() {
    }

    /** The changes by worker (id order), each as recorded by {@code by}; ids count from 1 in that order. */
    public static Map<String, List<LevelChange>> of(Register register, LocalDate end, String by) {
        Map<String, List<Employment>> rows = new TreeMap<>();
        register.employments().forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        Map<String, List<LevelChange>> changes = new LinkedHashMap<>();
        long id = 0;
        int i = 0;
        for (var entry : rows.entrySet()) {
            EmploymentHistory history = EmploymentHistory.of(entry.getValue());
            Employment main = history.mainRow(end, EmploymentHistory.Kind.NON_AGENCY);
            if (main == null || main.jobRole() != JobRole.SOCIAL_WORKER) {
                continue;
            }
            LocalDate since = LevelHistory.of(CareerPathway.DEFAULT, history, List.of()).levelSince(end);
            if (since == null) {
                continue;
            }
            long months = ChronoUnit.MONTHS.between(since, end);
            i++;
            if (months >= 20 && i % 3 != 0) {
                List<LevelChange> worker = new ArrayList<>();
                worker.add(new LevelChange(++id, entry.getKey(), "social_worker_2", since.plusMonths(12), by, Instant.EPOCH));
                if (months >= 44 && i % 2 == 0) {
                    worker.add(new LevelChange(++id, entry.getKey(), "social_worker_3", since.plusMonths(36), by, Instant.EPOCH));
                }
                changes.put(entry.getKey(), worker);
            }
        }
        return changes;
    }
}
