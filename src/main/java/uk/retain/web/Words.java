package uk.retain.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Words from {@code messages.properties} in the request's language: the one lookup the modules' words classes
 * ({@code Labels}, {@code SupervisionWords}, {@code AgencyWords}...) share, each adding only the words of its own
 * domain. A code without a message (an ethnicity code added to the census later, a council's own survey question)
 * is shown as it is rather than hidden.
 */
public abstract class Words {

    private final MessageSource messages;

    protected Words(MessageSource messages) {
        this.messages = messages;
    }

    /** The message under {@code key} with its arguments. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The message under {@code key}, or {@code fallback} when there is none. */
    public String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    /** The message {@code prefix.code}, or the code itself when there is none; null for no code. */
    public String of(String prefix, String code) {
        return code == null ? null : orElse(prefix + "." + code, code);
    }

    /** The message under {@code key} with its arguments, or {@code fallback} when there is none. */
    public String orElse(String key, Object[] arguments, String fallback) {
        return messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
    }
}
