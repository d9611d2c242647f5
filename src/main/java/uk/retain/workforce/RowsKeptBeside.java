package uk.retain.workforce;

import java.util.List;

/**
 * A capability that keeps whole files of the bundle in tables of its own, because its pages write their rows one at
 * a time and act on them later by their own ids (transfer requests, succession plans and level changes, decision
 * 0034). An import brings the rows of those files that the capability does not hold yet into its tables, in the
 * import's transaction, and keeps every row it holds, so nothing made in Retain is dropped; the register is stored
 * without those files. What shows the register as Retain holds it (the bundle export, the import preview's before
 * and after) asks {@link #withRecorded} for them.
 */
public interface RowsKeptBeside extends RowsRecordedBeside {

    /** The files kept in the capability's tables. */
    List<Class<? extends BundleFileType<?>>> files();

    /** Adds to the tables the rows of {@code imported}'s files that they do not hold; run in the import's transaction. */
    void bringIn(Register imported);
}
