package uk.retain.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a bundle file, read cell by cell by the bundle's rules. Each reader answers the typed value, or
 * null after reporting why the cell is wrong (as {@code file:line: column: message}); {@link #valid()} tells whether
 * the whole row read cleanly. A capability module's {@link BundleFileType} types its rows through this.
 */
public interface Cells {

    long line();

    boolean valid();

    /** Reports a problem with the cell of {@code column} (or {@code "-"} for the row). */
    void problem(String column, String message);

    /** The trimmed cell, or null when it is empty or the column is absent. */
    String raw(String column);

    /** A required text cell. */
    String text(String column);

    /** A required identifier (1 to 64 characters). */
    String id(String column);

    String optionalId(String column);

    LocalDate date(String column);

    LocalDate optionalDate(String column);

    <E extends Enum<E> & Coded> E code(String column, Class<E> type);

    <E extends Enum<E> & Coded> E optionalCode(String column, Class<E> type);

    /** A list of codes separated by {@code ;} without spaces, empty when the cell is; each code checked. */
    <E extends Enum<E> & Coded> List<E> optionalCodes(String column, Class<E> type);

    /** A required plain decimal of zero or more. */
    BigDecimal decimal(String column);

    /** A required whole number of zero or more. */
    Integer nonNegativeWholeNumber(String column);

    Integer positiveWholeNumber(String column);

    /** {@code true} or {@code false}; null when empty. */
    Boolean optionalFlag(String column);
}
