package uk.retain.census;

/** A census return that cannot be read at all (not well-formed XML), with the line the reader stopped at. */
public class InvalidReturnException extends Exception {

    private final int line;

    public InvalidReturnException(String message) {
        this(message, 0);
    }

    public InvalidReturnException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The line the XML stops being readable at, or 0 when the reader does not say. */
    public int line() {
        return line;
    }
}
