package uk.retain.workforce;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that breaks the format: it carries every problem found, in file and line order. */
public class InvalidBundleException extends Exception {

    private final List<Problem> problems;

    public InvalidBundleException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the bundle");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one a line, in the report form. */
    public String report() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
