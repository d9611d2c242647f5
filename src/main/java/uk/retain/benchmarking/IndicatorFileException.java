package uk.retain.benchmarking;

/**
 * A DfE indicator file that cannot be read as expected: a required column missing, or a value that is neither a
 * number nor a DfE marker. The message starts {@code file:line: column:} so the cell can be found.
 */
public class IndicatorFileException extends RuntimeException {

    IndicatorFileException(String fileName, long line, String column, String problem) {
        super(fileName + ":" + line + ": " + (column == null ? "" : column + ": ") + problem);
    }

    IndicatorFileException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
    }
}
