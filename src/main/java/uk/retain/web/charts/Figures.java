package uk.retain.web.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the pages write them. Rates, FTEs and caseloads are shown to one decimal place, rounded half up as DfE
 * rounds its published figures (1.25 is 1.3), with a comma between thousands (36,186.3).
 */
public final class Figures {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private Figures() {
    }

    /** One decimal place, with thousands separated: {@code 36,186.3}; null for null. */
    public static String oneDecimal(Double value) {
        return value == null ? null : new DecimalFormat("#,##0.0", UK).format(round(value));
    }

    /** One decimal place without separators, for files that spreadsheets read: {@code 36186.3}; null for null. */
    public static String oneDecimalPlain(Double value) {
        return value == null ? null : round(value).toPlainString();
    }

    /** Rounded to one decimal place as DfE publishes its figures, as a number; null for null. */
    public static BigDecimal rounded(Double value) {
        return value == null ? null : round(value);
    }

    /** A whole number, with thousands separated; null for null. */
    public static String whole(Double value) {
        return value == null ? null : new DecimalFormat("#,##0", UK).format(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
    }

    /** Rounded to one decimal place half up, from the decimal the double prints as (so 0.15 rounds to 0.2). */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
