package uk.retain.workforce;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Social Work England registration number: {@code SW} then 1–10 digits. Leading zeros were dropped when
 * the register moved from the HCPC in 2019, so two numbers are the same when their digits are the same
 * without leading zeros ({@code SW0012} = {@code SW12}).
 *
 * @param text the number as the council wrote it
 */
public record SweNumber(String text) {

    private static final Pattern FORM = Pattern.compile("SW[0-9]{1,10}");

    public static Optional<SweNumber> parse(String text) {
        return FORM.matcher(text).matches() ? Optional.of(new SweNumber(text)) : Optional.empty();
    }

    /** The digits without leading zeros: the key two numbers are compared by. */
    public String key() {
        String digits = text.substring(2).replaceFirst("^0+", "");
        return digits.isEmpty() ? "0" : digits;
    }

    /** The census form: {@code SW} and the digits zero-padded to ten ({@code SW0000123456}). */
    public String censusForm() {
        return "SW" + "0".repeat(10 - key().length()) + key();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweNumber that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
