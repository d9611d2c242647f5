package uk.retain.census;

/** A census return that cannot be read at all (not well-formed XML). */
public class InvalidReturnException extends Exception {

    public InvalidReturnException(String message) {
        super(message);
    }
}
