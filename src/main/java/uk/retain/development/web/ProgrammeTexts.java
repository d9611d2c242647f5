package uk.retain.development.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.retain.workforce.Coded;

/** The words the programme pages show, every one from {@code messages.properties}. */
@Component
class ProgrammeTexts {

    private final MessageSource messages;

    ProgrammeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The message {@code prefix.code}, or the code itself when there is none; null for no code. */
    String of(String prefix, Coded value) {
        return value == null ? null : messages.getMessage(prefix + "." + value.code(), null, value.code(), LocaleContextHolder.getLocale());
    }
}
