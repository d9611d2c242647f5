package uk.retain.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;

/**
 * A register's primary allocations as parallel arrays of day numbers and indexes, sorted by child. A large
 * council has a hundred thousand or more; a measures call (which the API answers in milliseconds) then counts
 * the cases held on a day, or the children with three workers in a year, without a lookup or an object per
 * allocation.
 */
final class PrimaryDays {

    private static final long OPEN = Long.MAX_VALUE;

    private final int[] worker;
    private final int[] child;
    private final long[] start;
    private final long[] end;
    private final long[] caseOpened;
    private final long[] caseClosed;

    private PrimaryDays(int size) {
        worker = new int[size];
        child = new int[size];
        start = new long[size];
        end = new long[size];
        caseOpened = new long[size];
        caseClosed = new long[size];
    }

    /** The primaries whose case and worker are known (in a valid register, all of them). */
    static PrimaryDays of(List<Allocation> primaries, Map<String, Case> caseById, Map<String, Integer> workerIndex) {
        Map<String, Integer> childIndex = new HashMap<>();
        List<Object[]> known = new ArrayList<>(primaries.size());
        for (Allocation allocation : primaries) {
            Case item = caseById.get(allocation.caseId());
            Integer w = workerIndex.get(allocation.workerId());
            if (item != null && w != null) {
                int c = childIndex.computeIfAbsent(item.childId(), id -> childIndex.size());
                known.add(new Object[] {allocation, item, w, c});
            }
        }
        known.sort(Comparator.comparingInt(row -> (int) row[3]));
        PrimaryDays days = new PrimaryDays(known.size());
        for (int i = 0; i < known.size(); i++) {
            Allocation allocation = (Allocation) known.get(i)[0];
            Case item = (Case) known.get(i)[1];
            days.worker[i] = (int) known.get(i)[2];
            days.child[i] = (int) known.get(i)[3];
            days.start[i] = allocation.startDate().toEpochDay();
            days.end[i] = allocation.endDate() == null ? OPEN : allocation.endDate().toEpochDay();
            days.caseOpened[i] = item.openedOn().toEpochDay();
            days.caseClosed[i] = item.closedOn() == null ? OPEN : item.closedOn().toEpochDay();
        }
        return days;
    }

    /** Open cases held as primary on {@code day}, by worker index. */
    int[] casesHeld(long day, int workers) {
        int[] held = new int[workers];
        for (int i = 0; i < worker.length; i++) {
            if (start[i] <= day && end[i] >= day && caseOpened[i] <= day && caseClosed[i] >= day) {
                held[worker[i]]++;
            }
        }
        return held;
    }

    /** Children with 3 or more distinct primary workers in force some day from {@code first} to {@code last}. */
    int childrenWith3PlusWorkers(long first, long last) {
        int children = 0;
        int[] seen = new int[3];
        int i = 0;
        while (i < child.length) {
            int current = child[i];
            int distinct = 0;
            for (; i < child.length && child[i] == current; i++) {
                if (distinct < 3 && start[i] <= last && end[i] >= first && !contains(seen, distinct, worker[i])) {
                    seen[distinct++] = worker[i];
                }
            }
            if (distinct >= 3) {
                children++;
            }
            Arrays.fill(seen, -1);
        }
        return children;
    }

    private static boolean contains(int[] seen, int count, int value) {
        for (int j = 0; j < count; j++) {
            if (seen[j] == value) {
                return true;
            }
        }
        return false;
    }
}
