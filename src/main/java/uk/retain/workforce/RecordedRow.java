package uk.retain.workforce;

import java.time.Instant;
import java.util.List;

/**
 * A row of a capability file recorded on a page of Retain rather than imported (an exit interview, a CPD activity, a
 * retention payment): the file, the row as its descriptor writes it (its cells joined by commas), who recorded it and
 * when, and its number among the file's recorded rows ({@code seq}, which a page that changes or removes the row
 * names it by). An import that replaces the file drops it, so the import check names it when the bundle lacks it.
 */
public record RecordedRow(String fileName, String cells, String recordedBy, Instant recordedAt, int seq) {

    /** The row's cells as a recorded row keeps them: the descriptor's cells, an absent one empty, joined by commas. */
    @SuppressWarnings("unchecked")
    public static String cellsOf(BundleFileType<?> type, Object row) {
        List<String> cells = ((BundleFileType<Object>) type).cells(row);
        return String.join(",", cells.stream().map(cell -> cell == null ? "" : cell).toList());
    }

    /** Whether {@code register}'s file holds this row, cell for cell (such a file has no id that would know it again). */
    public boolean heldBy(Register register) {
        BundleFileType<?> type = BundleFileTypes.named(fileName).orElse(null);
        List<?> rows = register.capabilityFiles().get(fileName);
        return type != null && rows != null && rows.stream().anyMatch(row -> cellsOf(type, row).equals(cells));
    }

    /**
     * The row's cells by the file's column names, for the import check's list: read from the row as {@code current}
     * (the register that holds it) holds it, since a cell may itself hold a comma.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> byColumn(Register current) {
        java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
        BundleFileType<?> type = BundleFileTypes.named(fileName).orElse(null);
        List<?> rows = current == null ? null : current.capabilityFiles().get(fileName);
        if (type == null || rows == null) {
            return named;
        }
        rows.stream().filter(row -> cellsOf(type, row).equals(cells)).findFirst().ifPresent(row -> {
            List<String> values = ((BundleFileType<Object>) type).cells(row);
            for (int i = 0; i < values.size(); i++) {
                named.put(type.columns().get(i), values.get(i) == null ? "" : values.get(i));
            }
        });
        return named;
    }
}
