package uk.retain.workforce;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One authority's register as a bundle gave it, or the database holds it: an immutable snapshot that the
 * measures and every later capability read.
 *
 * <p>An optional file that was not in the bundle leaves its list empty and is absent from {@link #files()}, so
 * a measure can tell "no posts" from "posts not given" and answer null rather than guess. The files capability
 * modules own ({@link BundleFileType}) are held by file name in {@link #capabilityFiles()}, present exactly when the
 * bundle held them.
 */
public record Register(
        Authority authority,
        List<Team> teams,
        List<Worker> workers,
        List<Employment> employments,
        List<Post> posts,
        List<Absence> absences,
        List<Case> cases,
        List<Allocation> allocations,
        List<Supervision> supervisions,
        Set<BundleFile> files,
        Map<String, List<?>> capabilityFiles) {

    public Register(Authority authority, List<Team> teams, List<Worker> workers, List<Employment> employments,
            List<Post> posts, List<Absence> absences, List<Case> cases, List<Allocation> allocations,
            List<Supervision> supervisions, Set<BundleFile> files) {
        this(authority, teams, workers, employments, posts, absences, cases, allocations, supervisions, files, Map.of());
    }

    public Register {
        teams = List.copyOf(teams);
        workers = List.copyOf(workers);
        employments = List.copyOf(employments);
        posts = List.copyOf(posts);
        absences = List.copyOf(absences);
        cases = List.copyOf(cases);
        allocations = List.copyOf(allocations);
        supervisions = List.copyOf(supervisions);
        files = files.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(files));
        Map<String, List<?>> copied = new LinkedHashMap<>();
        capabilityFiles.forEach((name, rows) -> copied.put(name, List.copyOf(rows)));
        capabilityFiles = java.util.Collections.unmodifiableMap(copied);
    }

    /** The rows of a capability module's file, empty when the bundle did not hold it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> rows(Class<? extends BundleFileType<T>> type) {
        List<?> rows = capabilityFiles.get(BundleFileTypes.of(type).fileName());
        return rows == null ? List.of() : (List<T>) rows;
    }

    /** Whether the bundle held the capability file. */
    public boolean has(Class<? extends BundleFileType<?>> type) {
        return capabilityFiles.containsKey(BundleFileTypes.typeOf(type).fileName());
    }

    /** The same register with the rows of one capability file (as a page records them), the others unchanged. */
    public <T> Register withRows(Class<? extends BundleFileType<T>> type, List<T> rows) {
        Map<String, List<?>> changed = new LinkedHashMap<>(capabilityFiles);
        changed.put(BundleFileTypes.of(type).fileName(), rows);
        return new Register(authority, teams, workers, employments, posts, absences, cases, allocations, supervisions,
                files, changed);
    }

    /** Whether the bundle held this file (the required files always are). */
    public boolean has(BundleFile file) {
        return files.contains(file);
    }
}
