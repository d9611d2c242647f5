package uk.retain.workforce;

import java.util.List;

/**
 * What importing a bundle would do to the register as it stands at {@code version}: the changes file by file, and
 * what was made in Retain since the last import that the bundle does not have, which the import would remove: the
 * allocations it would end, the supervision sessions and the rows of capability files it would drop. An import checked this way is written with
 * {@link Registers#replace(Register, long, java.util.function.LongConsumer)} at the same version, so nothing made
 * after the check is lost unseen.
 *
 * @param current the register held now, or null when the authority has none yet
 * @param version its version, 0 when there is none
 * @param retainAllocationsEnded the allocations made in Retain that the bundle lacks, in the order they were made
 * @param retainSupervisionsDropped the supervision sessions recorded in Retain that the bundle lacks, in the order
 *     they were recorded
 * @param retainRowsDropped the rows of capability files recorded in Retain (exit interviews, CPD activities, retention
 *     payments) that the bundle's files lack, in the order they were recorded
 */
public record ImportPreview(Register current, long version, BundleChanges changes,
        List<AllocationProvenance> retainAllocationsEnded, List<RecordedSupervision> retainSupervisionsDropped,
        List<RecordedRow> retainRowsDropped) {

    public ImportPreview {
        retainAllocationsEnded = List.copyOf(retainAllocationsEnded);
        retainSupervisionsDropped = List.copyOf(retainSupervisionsDropped);
        retainRowsDropped = List.copyOf(retainRowsDropped);
    }

    /** Nothing recorded in Retain is lost: only allocations, or none. */
    public ImportPreview(Register current, long version, BundleChanges changes, List<AllocationProvenance> retainAllocationsEnded) {
        this(current, version, changes, retainAllocationsEnded, List.of(), List.of());
    }

    /** Whether importing would end an allocation made in Retain, which needs saying so. */
    public boolean endsRetainAllocations() {
        return !retainAllocationsEnded.isEmpty();
    }

    /** Whether importing would drop a supervision session recorded in Retain, which needs saying so. */
    public boolean dropsRetainSupervisions() {
        return !retainSupervisionsDropped.isEmpty();
    }

    /** Whether importing would drop a row of a capability file recorded in Retain (an exit interview, say). */
    public boolean dropsRetainRows() {
        return !retainRowsDropped.isEmpty();
    }

    /** Whether importing would remove anything made in Retain. */
    public boolean removesMadeInRetain() {
        return endsRetainAllocations() || dropsRetainSupervisions() || dropsRetainRows();
    }

    /** Whether {@code replace} says to remove everything made in Retain that this import would remove. */
    public boolean confirmedBy(ReplaceRetain replace) {
        return (!endsRetainAllocations() || replace.allocations()) && (!dropsRetainSupervisions() || replace.supervisions())
                && (!dropsRetainRows() || replace.records());
    }

    /** How many rows recorded in Retain the import would drop, by file name, in the format's order of first record. */
    public java.util.Map<String, Integer> retainRowsDroppedByFile() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        retainRowsDropped.forEach(row -> counts.merge(row.fileName(), 1, Integer::sum));
        return counts;
    }

    /**
     * What the import would remove of what was made in Retain, in words for a refusal's audit record and the command
     * line ("end 2 allocation(s) made in Retain and drop 1 leaving_interviews.csv row(s) recorded in Retain"): only
     * the kinds {@code replace} does not confirm.
     */
    public String lostUnconfirmed(ReplaceRetain replace) {
        List<String> lost = new java.util.ArrayList<>();
        if (endsRetainAllocations() && !replace.allocations()) {
            lost.add("end " + retainAllocationsEnded.size() + " allocation(s) made in Retain");
        }
        if (dropsRetainSupervisions() && !replace.supervisions()) {
            lost.add("drop " + retainSupervisionsDropped.size() + " supervision session(s) recorded in Retain");
        }
        if (dropsRetainRows() && !replace.records()) {
            retainRowsDroppedByFile().forEach((file, n) -> lost.add("drop " + n + " " + file + " row(s) recorded in Retain"));
        }
        return String.join(" and ", lost);
    }

    /** What the import removed of what was made in Retain, for its audit record: "; ended 2 allocation(s) ..." each. */
    public String removedForAudit() {
        StringBuilder removed = new StringBuilder();
        if (endsRetainAllocations()) {
            removed.append("; ended ").append(retainAllocationsEnded.size()).append(" allocation(s) made in Retain");
        }
        if (dropsRetainSupervisions()) {
            removed.append("; dropped ").append(retainSupervisionsDropped.size()).append(" supervision session(s) recorded in Retain");
        }
        retainRowsDroppedByFile().forEach((file, n) -> removed.append("; dropped ").append(n).append(' ').append(file)
                .append(" row(s) recorded in Retain"));
        return removed.toString();
    }

    /** The worker's name as the register holds it ("Ann Smith"), or the worker id when the register has no such worker. */
    public String workerName(String workerId) {
        if (current != null) {
            for (Worker worker : current.workers()) {
                if (worker.workerId().equals(workerId)) {
                    return worker.fullName();
                }
            }
        }
        return workerId;
    }
}
