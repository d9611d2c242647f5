package uk.retain.workforce.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.retain.workforce.Coded;

/**
 * The words and figures the workforce pages show for the register's codes, dates and measures. Every word
 * comes from {@code messages.properties}; a code without a message (say, an ethnicity code added to the census
 * later) is shown as it is rather than hidden.
 */
@Component
class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code prefix.code}, or the code itself when there is none; null for no code. */
    String of(String prefix, String code) {
        return code == null ? null : messages.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    String of(String prefix, Coded value) {
        return value == null ? null : of(prefix, value.code());
    }

    String of(String prefix, Integer code) {
        return code == null ? null : of(prefix, code.toString());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    String yesNo(boolean value) {
        return text(value ? "worker.yes" : "worker.no");
    }

    /** A date as GOV.UK writes it: 30 September 2025. */
    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    /** A measure rounded to one decimal place, as DfE publishes them; null stays null. */
    static BigDecimal oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
