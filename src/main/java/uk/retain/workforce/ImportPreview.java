package uk.retain.workforce;

import java.util.List;

/**
 * What importing a bundle would do to the register as it stands at {@code version}: the changes file by file, and
 * the allocations made in Retain since the last import that the bundle does not have, which the import would end.
 * An import checked this way is written with {@link Registers#replace(Register, long, java.util.function.LongConsumer)}
 * at the same version, so nothing made after the check is lost unseen.
 *
 * @param current the register held now, or null when the authority has none yet
 * @param version its version, 0 when there is none
 * @param retainAllocationsEnded the allocations made in Retain that the bundle lacks, in the order they were made
 */
public record ImportPreview(Register current, long version, BundleChanges changes,
        List<AllocationProvenance> retainAllocationsEnded) {

    public ImportPreview {
        retainAllocationsEnded = List.copyOf(retainAllocationsEnded);
    }

    /** Whether importing would end an allocation made in Retain, which needs saying so. */
    public boolean endsRetainAllocations() {
        return !retainAllocationsEnded.isEmpty();
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
