package uk.retain.region;

import java.util.List;

/** A regional return refused whole, with every problem found in it (a JSON pointer and what is wrong there). */
public final class InvalidReturnException extends Exception {

    /** One problem: where in the document ({@code ""} for the whole of it) and what is wrong. */
    public record Problem(String pointer, String message) {
    }

    private final String fileName;
    private final transient List<Problem> problems;

    public InvalidReturnException(String fileName, List<Problem> problems) {
        super(fileName + ": " + problems.size() + " problem(s), the first: " + problems.get(0).pointer() + ": " + problems.get(0).message());
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<Problem> problems() {
        return problems;
    }
}
