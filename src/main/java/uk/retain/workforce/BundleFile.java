package uk.retain.workforce;

import java.util.List;
import java.util.Optional;

import uk.retain.workforce.bundle.AbsencesFile;
import uk.retain.workforce.bundle.AllocationsFile;
import uk.retain.workforce.bundle.AuthorityFile;
import uk.retain.workforce.bundle.CasesFile;
import uk.retain.workforce.bundle.EmploymentsFile;
import uk.retain.workforce.bundle.PostsFile;
import uk.retain.workforce.bundle.RegisterFile;
import uk.retain.workforce.bundle.SupervisionsFile;
import uk.retain.workforce.bundle.TeamsFile;
import uk.retain.workforce.bundle.WorkersFile;

/**
 * The register's own files, in the order the format lists them (and problems are reported). Each file's name,
 * columns, typing and writing are its {@link #descriptor()}'s; this enum only orders them and names them in sets.
 */
public enum BundleFile {
    AUTHORITY(AuthorityFile.FILE),
    TEAMS(TeamsFile.FILE),
    WORKERS(WorkersFile.FILE),
    EMPLOYMENTS(EmploymentsFile.FILE),
    POSTS(PostsFile.FILE),
    ABSENCES(AbsencesFile.FILE),
    CASES(CasesFile.FILE),
    ALLOCATIONS(AllocationsFile.FILE),
    SUPERVISIONS(SupervisionsFile.FILE);

    private final RegisterFile<?> descriptor;
    /** The descriptor's name, kept here too: {@link #named} is asked for every reference a capability file checks. */
    private final String fileName;

    BundleFile(RegisterFile<?> descriptor) {
        this.descriptor = descriptor;
        this.fileName = descriptor.fileName();
    }

    /** The file's descriptor: its columns, how a row is typed and written. */
    public RegisterFile<?> descriptor() {
        return descriptor;
    }

    public String fileName() {
        return fileName;
    }

    public boolean required() {
        return descriptor.required();
    }

    public List<String> requiredColumns() {
        return descriptor.requiredColumns();
    }

    public List<String> optionalColumns() {
        return descriptor.optionalColumns();
    }

    public boolean hasColumn(String column) {
        return descriptor.hasColumn(column);
    }

    public static Optional<BundleFile> named(String fileName) {
        for (BundleFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
