package uk.retain.workforce;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of the bundle format that a capability module owns (supervision and programmes, recruitment, agency,
 * leaving and staying...): its name, its columns, how a row is read and written, and its rules across rows and
 * files. A module adds a file by extending this class and naming the subclass in
 * {@code META-INF/services/uk.retain.workforce.BundleFileType}; the bundle reader, the writer, the store and the
 * register then carry it without any change to the workforce module.
 *
 * <p>Files are read, checked and reported in the order of {@link #order()}, which follows the format's table of
 * files, after the register's own files.
 *
 * @param <T> the row type
 */
public abstract class BundleFileType<T> {

    private final String fileName;
    private final int order;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final String idColumn;

    /**
     * @param idColumn the column whose identifier names the file's rows, unique within the file (such as
     *     {@code programme_id}), or null
     */
    protected BundleFileType(String fileName, int order, List<String> requiredColumns, List<String> optionalColumns,
            String idColumn) {
        this.fileName = fileName;
        this.order = order;
        this.requiredColumns = List.copyOf(requiredColumns);
        this.optionalColumns = List.copyOf(optionalColumns);
        this.idColumn = idColumn;
    }

    public final String fileName() {
        return fileName;
    }

    public final int order() {
        return order;
    }

    public final List<String> requiredColumns() {
        return requiredColumns;
    }

    public final List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Every column, required ones first, in the order the writer writes them. */
    public final List<String> columns() {
        List<String> all = new ArrayList<>(requiredColumns);
        all.addAll(optionalColumns);
        return all;
    }

    public final String idColumn() {
        return idColumn;
    }

    /** The row's value, or null when a cell is wrong (the problem is reported on {@code row}). */
    public abstract T type(Cells row);

    /** The row's cells in the order of {@link #columns()}, null for an empty cell: what {@link #type} reads back. */
    public abstract List<String> cells(T value);

    /** The rules across the file's rows and across files; none unless the file has some. */
    public void check(List<FileRow<T>> rows, FileChecks checks) {
    }
}
