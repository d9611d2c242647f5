package uk.retain.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The day a page shows the register on: the service's today (its {@link Clock}), or the {@code ?date=YYYY-MM-DD} the address asks for. */
public final class ReferenceDate {

    /** The first and last days Retain reads a date for: well beyond any register, and never near LocalDate's limits. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private ReferenceDate() {
    }

    /** The day {@code date} asks for, or the service's today by {@code clock} when it asks for none. */
    public static LocalDate of(String date, Clock clock) {
        return asked(date).orElseGet(() -> LocalDate.now(clock));
    }

    /**
     * The date {@code text} asks for ({@link #parse}), or empty when it asks for none (null or blank).
     *
     * @throws NotADate when it is not such a date
     */
    public static Optional<LocalDate> asked(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            throw new NotADate();
        }
    }

    /**
     * The date of {@code text}, ISO {@code YYYY-MM-DD} from {@link #EARLIEST} to {@link #LATEST}.
     *
     * @throws IllegalArgumentException saying what is expected, when it is not such a date
     */
    public static LocalDate parse(String text) {
        String value = text.strip();
        LocalDate date;
        try {
            date = value.length() == 10 ? LocalDate.parse(value) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException("'" + value + "' is not a date from " + EARLIEST + " to " + LATEST
                    + " in the form YYYY-MM-DD");
        }
        return date;
    }

    /** The date a link should carry on: the one asked for, or none when the page shows today. */
    public static String kept(String date) {
        return asked(date).map(LocalDate::toString).orElse(null);
    }

    /** {@code path} with {@code ?date=} when a date is kept (see {@link #kept}), so a link stays on the same day. */
    public static String link(String path, String date) {
        return date == null ? path : UriComponentsBuilder.fromPath(path).queryParam("date", date).encode().build().toUriString();
    }

    /** A {@code ?date=} that is not a date in the form 2025-09-30. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public static final class NotADate extends RuntimeException {
        NotADate() {
            super(null, null, false, false);
        }
    }
}
