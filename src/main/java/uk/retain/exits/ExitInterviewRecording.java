package uk.retain.exits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Service;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * An HR officer's recording of an exit interview, checked as an import checks leaving_interviews.csv (each problem a
 * message code on its field) and written through {@link Registers#recordRow} in one transaction with its audit record:
 * from then on it is a row of the register's leaving_interviews.csv like an imported one, in its measures and its
 * bundle. A refused interview writes nothing.
 *
 * <p>The rules: the worker is a worker of the register who leaves within {@value LeavingInterviewsFile#WINDOW_DAYS}
 * days of the interview, before or after it; the date is a real date, not after today (the service's clock); the main
 * reason is one of {@link LeavingReason}; other reasons are of the same codes (the main reason among them is dropped);
 * would return and would recommend are yes, no or not asked; the worker has no interview on the same day already.
 */
@Service
public class ExitInterviewRecording {

    /** The form's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("worker", "date", "mainReason", "otherReasons", "wouldReturn", "wouldRecommend");

    private final Registers registers;
    private final Clock clock;

    ExitInterviewRecording(Registers registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    /**
     * An interview as entered: {@code date} null when not given or unreadable ({@code dateProblem} then says which, a
     * code, or null when nothing was entered); the answers {@code yes}, {@code no} or blank (not asked).
     */
    public record Draft(String workerId, LocalDate date, String dateProblem, String mainReason, List<String> otherReasons,
            String wouldReturn, String wouldRecommend) {

        public Draft {
            otherReasons = otherReasons == null ? List.of() : List.copyOf(otherReasons);
        }
    }

    public sealed interface Outcome {
    }

    public record Recorded(LeavingInterview interview, long version) implements Outcome {
    }

    /** Refused, nothing written: one message code per field with a problem, in {@link #FIELDS} order. */
    public record Refused(Map<String, String> problems) implements Outcome {
    }

    private static final class Problems extends RuntimeException {
        private final Map<String, String> problems;

        Problems(Map<String, String> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records the draft for authority {@code laCode} if it passes every rule. */
    public Outcome record(String laCode, Draft draft, String recordedBy, LongConsumer alongside) {
        LeavingInterview[] written = new LeavingInterview[1];
        try {
            long version = registers.recordRow(laCode, LeavingInterviewsFile.class, recordedBy, register -> {
                Map<String, String> problems = new LinkedHashMap<>();
                LeavingInterview interview = check(register, draft, problems);
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                written[0] = interview;
                return interview;
            }, alongside);
            return new Recorded(written[0], version);
        } catch (Problems refused) {
            return new Refused(refused.problems);
        }
    }

    /** The interviews of the authority recorded in Retain since the last import. */
    public List<RecordedRow> recorded(String laCode) {
        return registers.rowsRecorded(laCode, LeavingInterviewsFile.class);
    }

    /** The interview the draft makes on {@code register}, with every problem put in {@code problems} (then null). */
    LeavingInterview check(Register register, Draft draft, Map<String, String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        String workerId = blankToNull(draft.workerId());
        boolean known = workerId != null && register.workers().stream().anyMatch(w -> w.workerId().equals(workerId));
        if (workerId == null) {
            found.put("worker", "exits.record.error.worker.missing");
        } else if (!known) {
            found.put("worker", "exits.record.error.worker.unknown");
        }
        LocalDate date = draft.date();
        if (date == null) {
            found.put("date", draft.dateProblem() != null ? draft.dateProblem() : "exits.record.error.date.missing");
        } else if (date.isAfter(today())) {
            found.put("date", "exits.record.error.date.future");
        } else if (known) {
            List<Employment> rows = register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList();
            boolean leavesNear = EmploymentHistory.of(rows).leavings().stream()
                    .anyMatch(leaving -> Math.abs(ChronoUnit.DAYS.between(leaving, date)) <= LeavingInterviewsFile.WINDOW_DAYS);
            if (!leavesNear) {
                found.put("worker", "exits.record.error.worker.notLeaving");
            } else if (register.rows(LeavingInterviewsFile.class).stream()
                    .anyMatch(held -> held.workerId().equals(workerId) && held.heldOn().equals(date))) {
                found.put("date", "exits.record.error.date.duplicate");
            }
        }
        LeavingReason main = null;
        String mainCode = blankToNull(draft.mainReason());
        if (mainCode == null) {
            found.put("mainReason", "exits.record.error.mainReason.missing");
        } else {
            main = Coded.fromCode(LeavingReason.class, mainCode).orElse(null);
            if (main == null) {
                found.put("mainReason", "exits.record.error.mainReason.unknown");
            }
        }
        List<LeavingReason> others = new ArrayList<>();
        for (String code : draft.otherReasons()) {
            if (blankToNull(code) == null) {
                continue;
            }
            LeavingReason reason = Coded.fromCode(LeavingReason.class, code.strip()).orElse(null);
            if (reason == null) {
                found.put("otherReasons", "exits.record.error.otherReasons.unknown");
            } else if (reason != main && !others.contains(reason)) {
                others.add(reason);
            }
        }
        others.sort(null);
        Boolean wouldReturn = answer(draft.wouldReturn(), "wouldReturn", found);
        Boolean wouldRecommend = answer(draft.wouldRecommend(), "wouldRecommend", found);
        FIELDS.forEach(field -> {
            if (found.containsKey(field)) {
                problems.put(field, found.get(field));
            }
        });
        if (!problems.isEmpty()) {
            return null;
        }
        return new LeavingInterview(workerId, date, main, others, wouldReturn, wouldRecommend);
    }

    private static Boolean answer(String text, String field, Map<String, String> problems) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                problems.put(field, "exits.record.error.answer.unknown");
                yield null;
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
