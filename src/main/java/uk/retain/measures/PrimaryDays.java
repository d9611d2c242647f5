package uk.retain.measures;

import java.util.Arrays;
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
        // Each known primary's child index (-1 when its case or worker is unknown), children numbered as first met.
        Map<String, Integer> childIndex = HashMap.newHashMap(primaries.size());
        int[] childOf = new int[primaries.size()];
        int[] workerOf = new int[primaries.size()];
        Case[] caseOf = new Case[primaries.size()];
        int known = 0;
        for (int i = 0; i < primaries.size(); i++) {
            Allocation allocation = primaries.get(i);
            Case item = caseById.get(allocation.caseId());
            Integer w = workerIndex.get(allocation.workerId());
            childOf[i] = -1;
            if (item != null && w != null) {
                Integer c = childIndex.putIfAbsent(item.childId(), childIndex.size());
                childOf[i] = c == null ? childIndex.size() - 1 : c;
                workerOf[i] = w;
                caseOf[i] = item;
                known++;
            }
        }
        // Grouped by child with a counting sort: stable, so each child's allocations keep the register's order.
        int[] next = new int[childIndex.size() + 1];
        for (int c : childOf) {
            if (c >= 0) {
                next[c + 1]++;
            }
        }
        for (int c = 0; c < childIndex.size(); c++) {
            next[c + 1] += next[c];
        }
        PrimaryDays days = new PrimaryDays(known);
        for (int i = 0; i < primaries.size(); i++) {
            int c = childOf[i];
            if (c < 0) {
                continue;
            }
            int at = next[c]++;
            Allocation allocation = primaries.get(i);
            Case item = caseOf[i];
            days.worker[at] = workerOf[i];
            days.child[at] = c;
            days.start[at] = allocation.startDate().toEpochDay();
            days.end[at] = allocation.endDate() == null ? OPEN : allocation.endDate().toEpochDay();
            days.caseOpened[at] = item.openedOn().toEpochDay();
            days.caseClosed[at] = item.closedOn() == null ? OPEN : item.closedOn().toEpochDay();
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
