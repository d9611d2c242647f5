package uk.retain.caseload.web;

import java.math.BigDecimal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.web.Words;
import uk.retain.workforce.Coded;

/** The words and figures the caseload pages and API show, every word from {@code messages.properties}. */
@Component
public class Texts extends Words {

    Texts(MessageSource messages) {
        super(messages);
    }

    /** The message {@code prefix.code}, or the code itself when there is none. */
    public String of(String prefix, Coded value) {
        return value == null ? null : of(prefix, value.code());
    }

    /** A problem with a policy setting, in words: its message with the setting's description first. */
    public String problem(PolicySettings.Problem problem) {
        Object[] arguments = new Object[problem.args().size() + 1];
        arguments[0] = problem.name().isEmpty() ? "" : orElse("policy.name." + problem.name(), problem.name());
        for (int i = 0; i < problem.args().size(); i++) {
            arguments[i + 1] = problem.args().get(i);
        }
        return text("policy.error." + problem.code(), arguments);
    }

    /** A number without trailing zeros (1.0 FTE is 1), never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
