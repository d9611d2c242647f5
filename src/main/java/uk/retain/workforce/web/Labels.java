package uk.retain.workforce.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.retain.workforce.Coded;

/**
 * The words the workforce pages show for the register's codes. Every word
 * comes from {@code messages.properties}; a code without a message (say, an ethnicity code added to the census
 * later) is shown as it is rather than hidden.
 */
@Component
class Labels {

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


}
