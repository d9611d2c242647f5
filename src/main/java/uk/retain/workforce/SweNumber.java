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

    /** The digits without leading zeros: the key two numbers are compared by (and hashed by, so no regex here). */
    public String key() {
        int first = 2;
        while (first < text.length() - 1 && text.charAt(first) == '0') {
            first++;
        }
        return first >= text.length() ? "0" : text.substring(first);
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
