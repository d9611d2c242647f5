package uk.retain.supervision.web;

import java.time.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.supervision.SupervisionPolicies;
import uk.retain.web.Days;
import uk.retain.web.Words;
import uk.retain.workforce.Coded;

/** The words the supervision pages and API show, every one from {@code messages.properties}. */
@Component
public class SupervisionWords extends Words {

    SupervisionWords(MessageSource messages) {
        super(messages);
    }

    /** The message {@code prefix.code}, or the code itself when there is none. */
    public String of(String prefix, Coded value) {
        return value == null ? null : of(prefix, value.code());
    }

    /** A period in words: "1 month", "2 weeks". */
    public String period(Period period) {
        String written = PolicySettings.written(period);
        String[] parts = written.split(" ", 2);
        return text("suppolicy.period." + parts[1], parts[0]);
    }

    /** Which policy applies, in words: the contract's default, the authority's, or the worker's variation. */
    public String applied(SupervisionPolicies.Applied applied) {
        if (applied.source() == SupervisionPolicies.Source.VARIATION) {
            return text("suppolicy.applied.variation", period(applied.variation().interval()), Days.written(applied.variation().endsOn()));
        }
        return of("suppolicy.applied", applied.source());
    }

    /** A problem with a setting, in words: its message with the setting's description first. */
    public String problem(PolicySettings.Problem problem) {
        Object[] arguments = new Object[problem.args().size() + 1];
        String description = problem.name().isEmpty() ? ""
                : orElse(problem.descriptionKey(), problem.phase() == null ? null : new Object[] {problem.phase()},
                        problem.name());
        arguments[0] = description;
        for (int i = 0; i < problem.args().size(); i++) {
            arguments[i + 1] = problem.args().get(i);
        }
        return text("suppolicy.error." + problem.code(), arguments);
    }
}
