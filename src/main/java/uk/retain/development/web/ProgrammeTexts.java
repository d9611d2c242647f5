package uk.retain.development.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.web.Words;
import uk.retain.workforce.Coded;

/** The words the programme pages show, every one from {@code messages.properties}. */
@Component
class ProgrammeTexts extends Words {

    ProgrammeTexts(MessageSource messages) {
        super(messages);
    }

    /** The message {@code prefix.code}, or the code itself when there is none; null for no code. */
    String of(String prefix, Coded value) {
        return value == null ? null : of(prefix, value.code());
    }
}
