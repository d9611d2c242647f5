package uk.retain.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * One column of a list of people or cases: its heading (a message key), its value for a row, how it sorts,
 * and, for a column that names a record, the page to link to.
 *
 * @param key the column's name in links ({@code ?sort=key}) and in CSV downloads' header
 * @param heading message key of the column heading
 * @param link the page a cell links to, or null for plain text
 * @param numeric whether the column holds numbers (right-aligned)
 */
public record Column<T>(String key, String heading, Function<T, Object> value, Comparator<T> order,
        Function<T, String> link, boolean numeric) {

    public static <T, V extends Comparable<? super V>> Column<T> text(String key, String heading, Function<T, V> value) {
        return new Column<>(key, heading, value::apply, Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())), null, false);
    }

    public static <T, V extends Comparable<? super V>> Column<T> number(String key, String heading, Function<T, V> value) {
        return new Column<>(key, heading, value::apply, Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())), null, true);
    }

    public Column<T> linkedTo(Function<T, String> page) {
        return new Column<>(key, heading, value, order, page, numeric);
    }

    /** The cell's text as a download writes it: empty for no value, a date as {@code 2025-09-30}. */
    public String text(T row) {
        Object cell = value.apply(row);
        return cell == null ? "" : cell.toString();
    }

    /** The cell's text as a page shows it: a date written the GOV.UK way ({@link Days#written}), else {@link #text}. */
    public String shown(T row) {
        return value.apply(row) instanceof LocalDate date ? Days.written(date) : text(row);
    }

    /** Whether the cell holds a date, which a page keeps on one line. */
    public boolean date(T row) {
        return value.apply(row) instanceof LocalDate;
    }

    /** The cell as a tag, when its value is one ({@link Tag}); null otherwise. */
    public Tag tag(T row) {
        return value.apply(row) instanceof Tag tag ? tag : null;
    }

    public String href(T row) {
        return link == null ? null : link.apply(row);
    }
}
