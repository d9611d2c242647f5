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
        return toBuilder().rows(type, rows).build();
    }

    /**
     * A register of {@code authority} with nothing else yet: its required files held and empty. The one way tests,
     * generators and the store build a register in parts, so that none retypes the record's eleven components.
     */
    public static Builder of(Authority authority) {
        return new Builder(authority);
    }

    /** This register, to be changed in some of its parts ({@code register.toBuilder().workers(...).build()}). */
    public Builder toBuilder() {
        Builder builder = new Builder(authority);
        builder.teams = teams;
        builder.workers = workers;
        builder.employments = employments;
        builder.posts = posts;
        builder.absences = absences;
        builder.cases = cases;
        builder.allocations = allocations;
        builder.supervisions = supervisions;
        builder.files = files.isEmpty() ? EnumSet.noneOf(BundleFile.class) : EnumSet.copyOf(files);
        builder.capabilityFiles.putAll(capabilityFiles);
        return builder;
    }

    /**
     * A register in the making. Giving the rows of an optional file marks the file as held (as a bundle that held
     * it, even empty); {@link #without} marks it as not held and drops its rows.
     */
    public static final class Builder {

        private Authority authority;
        private List<Team> teams = List.of();
        private List<Worker> workers = List.of();
        private List<Employment> employments = List.of();
        private List<Post> posts = List.of();
        private List<Absence> absences = List.of();
        private List<Case> cases = List.of();
        private List<Allocation> allocations = List.of();
        private List<Supervision> supervisions = List.of();
        private EnumSet<BundleFile> files = EnumSet.noneOf(BundleFile.class);
        private final Map<String, List<?>> capabilityFiles = new LinkedHashMap<>();

        private Builder(Authority authority) {
            this.authority = authority;
            for (BundleFile file : BundleFile.values()) {
                if (file.required()) {
                    files.add(file);
                }
            }
        }

        public Builder authority(Authority authority) {
            this.authority = authority;
            return this;
        }

        public Builder teams(List<Team> teams) {
            this.teams = teams;
            return this;
        }

        public Builder workers(List<Worker> workers) {
            this.workers = workers;
            return this;
        }

        public Builder employments(List<Employment> employments) {
            this.employments = employments;
            return this;
        }

        public Builder posts(List<Post> posts) {
            this.posts = posts;
            files.add(BundleFile.POSTS);
            return this;
        }

        public Builder absences(List<Absence> absences) {
            this.absences = absences;
            files.add(BundleFile.ABSENCES);
            return this;
        }

        public Builder cases(List<Case> cases) {
            this.cases = cases;
            files.add(BundleFile.CASES);
            return this;
        }

        public Builder allocations(List<Allocation> allocations) {
            this.allocations = allocations;
            files.add(BundleFile.ALLOCATIONS);
            return this;
        }

        public Builder supervisions(List<Supervision> supervisions) {
            this.supervisions = supervisions;
            files.add(BundleFile.SUPERVISIONS);
            return this;
        }

        /** The optional {@code file} as not held: its rows dropped. */
        public Builder without(BundleFile file) {
            if (file.required()) {
                throw new IllegalArgumentException(file.fileName() + " is required: a register always holds it");
            }
            files.remove(file);
            switch (file) {
                case POSTS -> posts = List.of();
                case ABSENCES -> absences = List.of();
                case CASES -> cases = List.of();
                case ALLOCATIONS -> allocations = List.of();
                case SUPERVISIONS -> supervisions = List.of();
                default -> throw new IllegalStateException(file.name());
            }
            return this;
        }

        /** Drops a capability module's file: the register then does not hold it. */
        public Builder without(Class<? extends BundleFileType<?>> type) {
            capabilityFiles.remove(BundleFileTypes.typeOf(type).fileName());
            return this;
        }

        /** The rows of a capability module's file, which the register then holds. */
        public <T> Builder rows(Class<? extends BundleFileType<T>> type, List<T> rows) {
            capabilityFiles.put(BundleFileTypes.of(type).fileName(), rows);
            return this;
        }

        public Register build() {
            return new Register(authority, teams, workers, employments, posts, absences, cases, allocations,
                    supervisions, files, capabilityFiles);
        }
    }

    /** Whether the bundle held this file (the required files always are). */
    public boolean has(BundleFile file) {
        return files.contains(file);
    }
}
