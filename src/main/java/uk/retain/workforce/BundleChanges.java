package uk.retain.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing a bundle would change, file by file: the rows it adds, the rows it ends (held now, not in the
 * bundle) and the rows it changes. A row is known again by its key: the file's id column where it has one, a
 * natural key where it has none ({@link #keyOf}), and for a capability file without an id column the whole row
 * (so such a file only adds and ends rows). Rows are compared cell by cell as {@link BundleWriter} writes them,
 * decimals by value (0.5 is 0.50).
 *
 * @param files one entry per file held now or in the bundle, in the format's order
 */
public record BundleChanges(List<FileChange> files) {

    /** The decimal columns of the register's files: a database gives them back at its own scale. */
    private static final Set<String> DECIMALS = Set.of("fte", "working_days");

    /**
     * One file's changes.
     *
     * @param inBundle whether the bundle has the file (an optional file it lacks ends every row held)
     * @param before the rows held now
     * @param after the rows in the bundle
     */
    public record FileChange(String file, boolean inBundle, int before, int after, int added, int ended, int changed) {

        public boolean changesAnything() {
            return added > 0 || ended > 0 || changed > 0;
        }
    }

    public BundleChanges {
        files = List.copyOf(files);
    }

    /** Whether the import would change no row at all. */
    public boolean none() {
        return files.stream().noneMatch(FileChange::changesAnything);
    }

    /** The change of one file, by name. */
    public java.util.Optional<FileChange> file(String fileName) {
        return files.stream().filter(f -> f.file().equals(fileName)).findFirst();
    }

    /**
     * The columns that know a row of {@code fileName} again between two imports: its id column, its natural key, or
     * every column (a capability file without an id column).
     */
    public static List<String> keyOf(String fileName) {
        return BundleFile.named(fileName).map(file -> file.descriptor().keyColumns())
                .or(() -> BundleFileTypes.named(fileName).map(type -> type.idColumn() != null ? List.of(type.idColumn()) : type.columns()))
                .orElseThrow(() -> new IllegalArgumentException("no bundle file " + fileName));
    }

    /**
     * What importing {@code incoming} over {@code current} would change.
     *
     * @param current the register held now, or null when the authority has none yet (every row is then added)
     */
    public static BundleChanges between(Register current, Register incoming) {
        List<FileChange> files = new ArrayList<>();
        for (BundleFile file : BundleFile.values()) {
            boolean held = current != null && (file.required() || current.has(file));
            boolean given = file.required() || incoming.has(file);
            if (held || given) {
                List<String> columns = BundleWriter.columnsOf(file);
                files.add(compare(file.fileName(), given, columns, file.descriptor().keyColumns(),
                        held ? BundleWriter.cellsOf(current, file) : List.of(), given ? BundleWriter.cellsOf(incoming, file) : List.of()));
            }
        }
        for (BundleFileType<?> type : BundleFileTypes.all()) {
            boolean held = current != null && current.capabilityFiles().containsKey(type.fileName());
            boolean given = incoming.capabilityFiles().containsKey(type.fileName());
            if (held || given) {
                files.add(compare(type.fileName(), given, type.columns(), keyOf(type.fileName()),
                        held ? BundleWriter.cellsOf(current, type) : List.of(), given ? BundleWriter.cellsOf(incoming, type) : List.of()));
            }
        }
        return new BundleChanges(files);
    }

    /**
     * Whether {@code register} has the allocation: a row of the same case, worker, role and start date (its end may
     * differ: the case management system may have ended it since).
     */
    public static boolean holds(Register register, Allocation allocation) {
        return register.allocations().stream().anyMatch(a -> a.caseId().equals(allocation.caseId())
                && a.workerId().equals(allocation.workerId()) && a.role() == allocation.role()
                && a.startDate().equals(allocation.startDate()));
    }

    /**
     * Whether {@code register} has the supervision session: a row of the same supervisee, supervisor, date and kind
     * (the key supervisions.csv rows are known again by; its minutes may differ).
     */
    public static boolean holds(Register register, Supervision session) {
        return register.supervisions().stream().anyMatch(s -> s.workerId().equals(session.workerId())
                && s.supervisorId().equals(session.supervisorId()) && s.date().equals(session.date()) && s.kind() == session.kind());
    }

    private static FileChange compare(String file, boolean inBundle, List<String> columns, List<String> key,
            List<String[]> before, List<String[]> after) {
        int[] keyAt = key.stream().mapToInt(columns::indexOf).toArray();
        boolean[] decimal = new boolean[columns.size()];
        for (int i = 0; i < decimal.length; i++) {
            decimal[i] = DECIMALS.contains(columns.get(i));
        }
        Map<List<String>, List<List<String>>> held = byKey(before, keyAt, decimal);
        Map<List<String>, List<List<String>>> given = byKey(after, keyAt, decimal);
        int added = 0;
        int ended = 0;
        int changed = 0;
        for (Map.Entry<List<String>, List<List<String>>> rows : given.entrySet()) {
            List<List<String>> old = new ArrayList<>(held.getOrDefault(rows.getKey(), List.of()));
            List<List<String>> fresh = new ArrayList<>();
            for (List<String> row : rows.getValue()) {
                // A row exactly as held is unchanged; rows of one key left over on both sides pair up as changed.
                if (!old.remove(row)) {
                    fresh.add(row);
                }
            }
            int paired = Math.min(old.size(), fresh.size());
            changed += paired;
            added += fresh.size() - paired;
            ended += old.size() - paired;
        }
        for (Map.Entry<List<String>, List<List<String>>> rows : held.entrySet()) {
            if (!given.containsKey(rows.getKey())) {
                ended += rows.getValue().size();
            }
        }
        return new FileChange(file, inBundle, before.size(), after.size(), added, ended, changed);
    }

    private static Map<List<String>, List<List<String>>> byKey(List<String[]> rows, int[] keyAt, boolean[] decimal) {
        Map<List<String>, List<List<String>>> byKey = new LinkedHashMap<>();
        for (String[] cells : rows) {
            String[] normal = cells.clone();
            for (int i = 0; i < normal.length; i++) {
                if (decimal[i] && !normal[i].isEmpty()) {
                    normal[i] = byValue(normal[i]);
                }
            }
            List<String> row = Arrays.asList(normal);
            List<String> key = Arrays.stream(keyAt).mapToObj(i -> normal[i]).toList();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return byKey;
    }

    private static String byValue(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
