package uk.retain.workforce;

/**
 * A capability whose rows made in Retain are kept beside the register rather than in it, because an import must
 * not drop them (agency engagements and applications, decision 0020): it answers the register with those rows
 * among its own. What shows Retain's own copy of an authority's data (the bundle export) asks every such capability,
 * so that the copy holds everything made in Retain.
 */
public interface RowsRecordedBeside {

    /** {@code register} with the rows recorded in Retain for its authority. */
    Register withRecorded(Register register);
}
