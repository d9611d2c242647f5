package uk.retain.workforce;

/**
 * An allocation that cannot be made as asked: typically another manager gave the case a primary worker a moment
 * earlier. Nothing was written.
 */
public class AllocationConflictException extends RuntimeException {

    public AllocationConflictException(String message) {
        super(message);
    }
}
