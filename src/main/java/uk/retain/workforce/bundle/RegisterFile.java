package uk.retain.workforce.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Register;

/**
 * One of the register's own nine files ({@link uk.retain.workforce.BundleFile}): its name, its columns and whether
 * each is required, the columns that tell its rows apart, how a row is typed from its cells and written back. The
 * reader, the writer, the store and the test fixtures all take the file's columns from here.
 *
 * <p>A sibling of {@link uk.retain.workforce.BundleFileType} rather than one: typing a register row declares and
 * looks up identifiers across the files ({@link Declared}, for references and duplicates) and reads cells only the
 * bundle's {@link Row} reads (FTE, census codes), and the register keeps each file as a typed list of its own. So
 * the descriptors live here, beside the row they type, and only this package makes them.
 *
 * <p>Rules within a row are checked as it is typed, in the order the problems are reported; the rules across rows
 * and files stay in {@link RegisterRules}, the one cross-file checker, which reports them in the format's order.
 *
 * @param <T> the row type, as {@link Register} lists it
 */
public abstract class RegisterFile<T> {

    /** A column of the file, in the order the format's table lists it (and the store's table holds it). */
    public record Column(String name, boolean required) {
    }

    private final String fileName;
    private final boolean required;
    private final List<Column> columns;
    private final List<String> columnNames;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final List<String> writtenColumns;
    private final List<String> keyColumns;

    RegisterFile(String fileName, boolean required, List<String> keyColumns, Column... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.of(columns);
        List<String> names = new ArrayList<>();
        List<String> requiredOnes = new ArrayList<>();
        List<String> optionalOnes = new ArrayList<>();
        for (Column column : columns) {
            names.add(column.name());
            (column.required() ? requiredOnes : optionalOnes).add(column.name());
        }
        this.columnNames = List.copyOf(names);
        this.requiredColumns = List.copyOf(requiredOnes);
        this.optionalColumns = List.copyOf(optionalOnes);
        List<String> written = new ArrayList<>(requiredOnes);
        written.addAll(optionalOnes);
        this.writtenColumns = List.copyOf(written);
        this.keyColumns = List.copyOf(keyColumns);
    }

    static Column required(String name) {
        return new Column(name, true);
    }

    static Column optional(String name) {
        return new Column(name, false);
    }

    public final String fileName() {
        return fileName;
    }

    /** Whether every bundle must hold the file. */
    public final boolean required() {
        return required;
    }

    /** Every column, in the format's order. */
    public final List<Column> columns() {
        return columns;
    }

    /** The names of {@link #columns()}, in the format's order: the order of the store's table. */
    public final List<String> columnNames() {
        return columnNames;
    }

    public final List<String> requiredColumns() {
        return requiredColumns;
    }

    public final List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Required columns first, then the optional ones: the header the writer writes, and the order of {@link #cells}. */
    public final List<String> writtenColumns() {
        return writtenColumns;
    }

    /** The columns whose cells tell one row from another, for telling what an import changes row by row. */
    public final List<String> keyColumns() {
        return keyColumns;
    }

    public final boolean hasColumn(String column) {
        return columnNames.contains(column);
    }

    /** The register's rows of this file, in their order. */
    public abstract List<T> rowsOf(Register register);

    /** The row's cells in the order of {@link #writtenColumns()}, null for a missing value. */
    public abstract String[] cells(T row);

    /**
     * The row's value, its identifiers declared in {@code ids}; its problems reported on {@code row}, after which
     * the value may be partial (or null) and is not kept.
     */
    abstract T type(Row row, RegisterIds ids);

    /** The identifiers the file declares, to make room for them and to forget them when the file cannot be read. */
    Declared[] declares(RegisterIds ids) {
        return NONE;
    }

    private static final Declared[] NONE = {};

    static void endNotBeforeStart(Row row, LocalDate start, LocalDate end, String column) {
        if (start != null && end != null && end.isBefore(start)) {
            row.problem(column, column + " " + end + " is before the start " + start);
        }
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String number(Integer number) {
        return number == null ? null : number.toString();
    }

    /** Plain digits, never an exponent: {@code 1E+1} would not read back. */
    static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
