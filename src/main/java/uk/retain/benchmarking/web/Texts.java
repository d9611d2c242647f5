package uk.retain.benchmarking.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The page's texts from {@code messages.properties}, for the texts drawn inside charts and written to downloads. */
record Texts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
