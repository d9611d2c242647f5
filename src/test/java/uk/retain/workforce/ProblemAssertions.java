package uk.retain.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.ThrowingConsumer;

/** Assertions on the problems of a refused bundle, in the terms of the report form {@code file:line: column: message}. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The problem is at {@code file:line: column:} and its message holds every one of {@code messageParts}. */
    public static ThrowingConsumer<Problem> at(String file, long line, String column, String... messageParts) {
        return problem -> {
            assertThat(problem.file()).as("file of %s", problem).isEqualTo(file);
            assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
            assertThat(problem.column()).as("column of %s", problem).isEqualTo(column);
            if (messageParts.length > 0) {
                assertThat(problem.message()).as("message of %s", problem).contains(messageParts);
            }
            assertThat(problem.toString()).isEqualTo(file + ":" + line + ": " + column + ": " + problem.message());
        };
    }

    /** The problems that concern {@code file}. */
    public static List<Problem> in(List<Problem> problems, String file) {
        return problems.stream().filter(problem -> problem.file().equals(file)).toList();
    }
}
