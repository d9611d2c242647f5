package uk.retain.workforce;

/**
 * The register changed (an allocation was made, or another import) after an import was checked against it: what
 * the check showed may no longer be what the import would change, so nothing was written. Check again.
 */
public class RegisterChangedException extends RuntimeException {

    private final long expected;
    private final long found;

    public RegisterChangedException(String laCode, long expected, long found) {
        super("the register of " + laCode + " is at version " + found + ", not " + expected + " as the import was checked against");
        this.expected = expected;
        this.found = found;
    }

    public long expected() {
        return expected;
    }

    public long found() {
        return found;
    }
}
