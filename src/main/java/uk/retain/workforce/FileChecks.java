package uk.retain.workforce;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a capability file's rules across rows and files can see of the rest of the bundle, and how they report a
 * problem. Bound to one file: {@link #problem} names it.
 */
public interface FileChecks {

    /** Reports a problem on {@code line} of the file being checked. */
    void problem(long line, String column, String message);

    /**
     * Checks that {@code id} is an identifier {@code targetFile} declares; says so when it is not, or when the
     * bundle has no such file. A file that is missing or could not be read is not checked against: its own
     * problem is reported already.
     */
    void refersTo(long line, String column, String id, String targetFile);

    /** Whether the bundle holds the file (it may still have problems). */
    boolean present(String fileName);

    /** The identifiers a file declares. */
    Set<String> ids(String fileName);

    /** The authority of the bundle, or null when authority.csv could not be read. */
    Authority authority();

    /** The workers read cleanly, by id. */
    Map<String, Worker> workers();

    /** The employment history of a worker, from their rows read cleanly (empty when they have none). */
    EmploymentHistory history(String workerId);

    /** The rows another capability file typed cleanly (empty when it is absent). */
    <U> List<FileRow<U>> rows(Class<? extends BundleFileType<U>> type);
}
