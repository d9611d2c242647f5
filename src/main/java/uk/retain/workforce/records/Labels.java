package uk.retain.workforce.records;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.web.Words;
import uk.retain.workforce.Coded;

/**
 * The words the workforce pages show for the register's codes. Every word
 * comes from {@code messages.properties}; a code without a message (say, an ethnicity code added to the census
 * later) is shown as it is rather than hidden.
 */
@Component
public class Labels extends Words {

    public Labels(MessageSource messages) {
        super(messages);
    }

    public String of(String prefix, Coded value) {
        return value == null ? null : of(prefix, value.code());
    }

    public String of(String prefix, Integer code) {
        return code == null ? null : of(prefix, code.toString());
    }

    public String yesNo(boolean value) {
        return text(value ? "worker.yes" : "worker.no");
    }
}
