package uk.retain.agency.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.agency.AgencyCheck;
import uk.retain.agency.JobType;
import uk.retain.web.Words;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/** The words and money the agency pages show, every word from {@code messages.properties}. */
@Component
class AgencyWords extends Words {

    AgencyWords(MessageSource messages) {
        super(messages);
    }

    String jobType(JobType type) {
        return text("agency.jobType." + type.code());
    }

    String check(AgencyCheck check) {
        return text("agency.check." + check.code());
    }

    /** The failed checks in words, or "None" when there are none. */
    String checks(Collection<AgencyCheck> failed) {
        return failed.isEmpty() ? text("agency.checks.none")
                : failed.stream().map(this::check).collect(Collectors.joining("; "));
    }

    /** £1,234.56: pay, charges. */
    static String pence(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** £1,235: spend. */
    static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A worker's name, or their id when the register does not know them. */
    static String name(Register register, String workerId) {
        return register.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst()
                .map(AgencyWords::name).orElse(workerId);
    }

    static String name(Worker worker) {
        return worker.fullName();
    }
}
