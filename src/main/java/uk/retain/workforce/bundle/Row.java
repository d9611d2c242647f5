package uk.retain.workforce.bundle;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvRecord;
import uk.retain.workforce.Cells;
import uk.retain.workforce.Coded;

/**
 * One data row of a bundle file, read cell by cell. Each reader answers the typed value, or null after
 * reporting why the cell is wrong; {@link #valid()} tells whether the whole row read cleanly.
 */
final class Row implements Cells {

    static final int MAX_ID_LENGTH = 64;

    /**
     * Each coded type's constants by code, the first constant winning as in {@link Coded#fromCode}: a lookup rather
     * than a scan of {@code getEnumConstants()}, which copies the constants on every call, for every coded cell.
     */
    private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(((Coded) constant).code(), constant);
            }
            return Map.copyOf(byCode);
        }
    };

    /**
     * The dates read so far, by year, month and day: a bundle has a few thousand distinct dates in hundreds of
     * thousands of cells, so each is made once and shared (LocalDate is immutable; a racing write stores an equal
     * date). Fewer objects make a large import quicker and lighter on the garbage collector.
     */
    private static final int FIRST_CACHED_YEAR = 1900;
    private static final int CACHED_YEARS = 200;
    private static final LocalDate[] DATES = new LocalDate[CACHED_YEARS * 12 * 31];

    private final String file;
    private final long line;
    /** The record's cells, read in place (no list view made per row). */
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final Problems problems;
    private int problemsInRow;

    Row(String file, long line, CsvRecord record, Map<String, Integer> columns, Problems problems) {
        this.file = file;
        this.line = line;
        this.record = record;
        this.columns = columns;
        this.problems = problems;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public boolean valid() {
        return problemsInRow == 0;
    }

    @Override
    public void problem(String column, String message) {
        problemsInRow++;
        problems.add(file, line, column, message);
    }

    /** The trimmed cell, or null when it is empty or the column is absent. */
    @Override
    public String raw(String column) {
        String value = checkedCell(column);
        return value == REFUSED ? null : value;
    }

    /** Stands for a cell already reported as refused, so that it is not also reported as missing. */
    private static final String REFUSED = new String("refused");

    private String checkedCell(String column) {
        String value = cell(column);
        if (value != null && hasControlCharacter(value)) {
            problem(column, "the cell holds a control character (such as NUL): only text, tabs and line breaks are allowed");
            return REFUSED;
        }
        return value;
    }

    /** The trimmed cell as it is, or null: for reading a cell a second time without reporting it again. */
    String cell(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.getField(index).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * A C0 or C1 control character other than tab, line feed and carriage return (a quoted cell may span lines): NUL
     * and its like are never data, and PostgreSQL refuses NUL in text, so they are refused here, on every database.
     */
    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    private String required(String column) {
        String value = checkedCell(column);
        if (value == REFUSED) {
            return null;
        }
        if (value == null) {
            problem(column, "a value is required");
        }
        return value;
    }

    @Override
    public String text(String column) {
        return required(column);
    }

    @Override
    public String id(String column) {
        return checkId(column, required(column));
    }

    @Override
    public String optionalId(String column) {
        return checkId(column, raw(column));
    }

    private String checkId(String column, String value) {
        if (value != null && value.length() > MAX_ID_LENGTH) {
            problem(column, "an identifier is at most " + MAX_ID_LENGTH + " characters, this one has " + value.length());
            return null;
        }
        return value;
    }

    @Override
    public LocalDate date(String column) {
        return parseDate(column, required(column));
    }

    @Override
    public LocalDate optionalDate(String column) {
        return parseDate(column, raw(column));
    }

    private LocalDate parseDate(String column, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date = isoDate(value);
        if (date == null) {
            problem(column, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
        return date;
    }

    /** A strict, allocation-light reading of {@code YYYY-MM-DD}: imports read hundreds of thousands of dates. */
    static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        boolean cached = year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + CACHED_YEARS && month >= 1 && month <= 12
                && day >= 1 && day <= 31;
        int slot = cached ? ((year - FIRST_CACHED_YEAR) * 12 + month - 1) * 31 + day - 1 : -1;
        if (cached && DATES[slot] != null) {
            return DATES[slot];
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (cached) {
                DATES[slot] = date;
            }
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** A full-time equivalent: {@code 0 < fte ≤ 1}. */
    BigDecimal fte(String column) {
        BigDecimal fte = parseDecimal(column, required(column));
        if (fte != null && (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0)) {
            problem(column, "an FTE must be more than 0 and at most 1, not " + fte.toPlainString());
            return null;
        }
        return fte;
    }

    /** A decimal of zero or more, or null when empty. */
    BigDecimal optionalNonNegativeDecimal(String column) {
        return parseDecimal(column, raw(column));
    }

    private BigDecimal parseDecimal(String column, String value) {
        if (value == null) {
            return null;
        }
        if (!isPlainDecimal(value)) {
            problem(column, "'" + value + "' is not a number"
                    + (value.indexOf(',') >= 0 ? " (decimals use '.', not ',')" : ""));
            return null;
        }
        return new BigDecimal(value);
    }

    /** Digits with at most one '.', nothing else: no sign, exponent or thousands separator. */
    private static boolean isPlainDecimal(String value) {
        boolean digit = false;
        boolean point = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    @Override
    public <E extends Enum<E> & Coded> E code(String column, Class<E> type) {
        return parseCode(column, required(column), type);
    }

    @Override
    public <E extends Enum<E> & Coded> E optionalCode(String column, Class<E> type) {
        return parseCode(column, raw(column), type);
    }

    private <E extends Enum<E> & Coded> E parseCode(String column, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        E result = type.cast(CODES.get(type).get(value));
        if (result == null) {
            problem(column, "'" + value + "' is not one of: " + Coded.codesOf(type));
        }
        return result;
    }

    /** A whole-number census code from {@code allowed}, or null when empty. */
    Integer optionalCensusCode(String column, Set<Integer> allowed, String allowedText) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        Integer number = wholeNumber(value);
        if (number == null || !allowed.contains(number)) {
            problem(column, "'" + value + "' is not a code " + allowedText);
            return null;
        }
        return number;
    }

    @Override
    public Integer positiveWholeNumber(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Integer number = wholeNumber(value);
        if (number == null || number <= 0) {
            problem(column, "'" + value + "' is not a whole number above 0");
            return null;
        }
        return number;
    }

    /** Digits only, without leading zeros: census codes are written {@code 1}, not {@code 01}. */
    private static Integer wholeNumber(String value) {
        if (value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
            return null;
        }
        int result = digits(value, 0, value.length());
        return result < 0 || value.isEmpty() ? null : result;
    }

    /** {@code true} or {@code false}; empty is false. */
    boolean optionalBoolean(String column) {
        String value = raw(column);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        problem(column, "'" + value + "' is not true or false");
        return false;
    }

    @Override
    public <E extends Enum<E> & Coded> List<E> optionalCodes(String column, Class<E> type) {
        String value = raw(column);
        if (value == null) {
            return List.of();
        }
        List<E> codes = new ArrayList<>();
        for (String code : value.split(";", -1)) {
            E result = type.cast(CODES.get(type).get(code));
            if (result == null) {
                problem(column, "'" + code + "' is not one of: " + Coded.codesOf(type)
                        + " (a list is separated by ';' with no spaces)");
                return List.of();
            }
            codes.add(result);
        }
        return List.copyOf(codes);
    }

    @Override
    public BigDecimal decimal(String column) {
        return parseDecimal(column, required(column));
    }

    @Override
    public Integer nonNegativeWholeNumber(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Integer number = wholeNumber(value);
        if (number == null) {
            problem(column, "'" + value + "' is not a whole number");
        }
        return number;
    }

    @Override
    public Boolean optionalFlag(String column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        problem(column, "'" + value + "' is not true or false");
        return null;
    }
}
