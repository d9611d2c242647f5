package uk.retain.workforce;

import java.util.List;

/**
 * What importing a bundle would do to the register as it stands at {@code version}: the changes file by file, and
 * what was made in Retain since the last import that the bundle does not have, which the import would remove: the
 * allocations it would end and the supervision sessions it would drop. An import checked this way is written with
 * {@link Registers#replace(Register, long, java.util.function.LongConsumer)} at the same version, so nothing made
 * after the check is lost unseen.
 *
 * @param current the register held now, or null when the authority has none yet
 * @param version its version, 0 when there is none
 * @param retainAllocationsEnded the allocations made in Retain that the bundle lacks, in the order they were made
 * @param retainSupervisionsDropped the supervision sessions recorded in Retain that the bundle lacks, in the order
 *     they were recorded
 */
public record ImportPreview(Register current, long version, BundleChanges changes,
        List<AllocationProvenance> retainAllocationsEnded, List<RecordedSupervision> retainSupervisionsDropped) {

    public ImportPreview {
        retainAllocationsEnded = List.copyOf(retainAllocationsEnded);
        retainSupervisionsDropped = List.copyOf(retainSupervisionsDropped);
    }

    /** Nothing recorded in Retain is lost: only allocations, or none. */
    public ImportPreview(Register current, long version, BundleChanges changes, List<AllocationProvenance> retainAllocationsEnded) {
        this(current, version, changes, retainAllocationsEnded, List.of());
    }

    /** Whether importing would end an allocation made in Retain, which needs saying so. */
    public boolean endsRetainAllocations() {
        return !retainAllocationsEnded.isEmpty();
    }

    /** Whether importing would drop a supervision session recorded in Retain, which needs saying so. */
    public boolean dropsRetainSupervisions() {
        return !retainSupervisionsDropped.isEmpty();
    }

    /** Whether importing would remove anything made in Retain. */
    public boolean removesMadeInRetain() {
        return endsRetainAllocations() || dropsRetainSupervisions();
    }

    /** Whether {@code replace} says to remove everything made in Retain that this import would remove. */
    public boolean confirmedBy(ReplaceRetain replace) {
        return (!endsRetainAllocations() || replace.allocations()) && (!dropsRetainSupervisions() || replace.supervisions());
    }

    /** The worker's name as the register holds it ("Ann Smith"), or the worker id when the register has no such worker. */
    public String workerName(String workerId) {
        if (current != null) {
            for (Worker worker : current.workers()) {
                if (worker.workerId().equals(workerId)) {
                    return worker.givenName() + " " + worker.familyName();
                }
            }
        }
        return workerId;
    }
}
