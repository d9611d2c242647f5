package uk.retain.workforce;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One authority's register as a bundle gave it, or the database holds it: an immutable snapshot that the
 * measures and every later capability read.
 *
 * <p>An optional file that was not in the bundle leaves its list empty and is absent from {@link #files()}, so
 * a measure can tell "no posts" from "posts not given" and answer null rather than guess.
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
        Set<BundleFile> files) {

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
    }

    /** Whether the bundle held this file (the required files always are). */
    public boolean has(BundleFile file) {
        return files.contains(file);
    }
}
