package uk.retain.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import uk.retain.workforce.BundleChanges;
import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/**
 * A team manager's recording of a supervision session, the same from the page and the API: checked as an import
 * checks supervisions.csv, each problem a code on its field, and written through {@link Registers} in one transaction
 * with its audit record, on the register as it stands under the authority's lock. A refused session writes nothing.
 *
 * <p>The rules: the supervisee is a worker of the register in one of the recorder's teams on the session's date; the
 * date is not after today (the service's clock) nor before the supervisee's first employment start; the kind is
 * {@code one_to_one}, {@code group} or {@code reflective}; minutes a whole number from 1 to 480; cases discussed a
 * whole number, 0 or more; the supervisor a worker of the register, not the supervisee; and the same session
 * (supervisee, supervisor, date, kind: how an import knows a row again) is not already held.
 */
@Service
public class SupervisionRecording {

    public static final int MAX_MINUTES = 480;
    /** The form's and the API's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("worker", "date", "kind", "minutes", "casesDiscussed", "supervisor");

    private final Registers registers;
    private final Clock clock;

    SupervisionRecording(Registers registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    /**
     * A session as entered. {@code date} is null when it was not given or could not be read; {@code dateProblem} then
     * says which (a code), or is null when nothing was entered.
     */
    public record Draft(String workerId, LocalDate date, String dateProblem, String kind, String minutes,
            String casesDiscussed, String supervisorId) {
    }

    /** What became of a draft. */
    public sealed interface Outcome {
    }

    /** Written: the session, and the authority's register version after it. */
    public record Recorded(Supervision session, int casesDiscussed, long version) implements Outcome {
    }

    /** Refused, nothing written: one message code per field with a problem, in {@link #FIELDS} order. */
    public record Refused(Map<String, String> problems) implements Outcome {
    }

    /** The problems a draft has, thrown from the check so that the transaction writes nothing. */
    private static final class Problems extends RuntimeException {
        private final Map<String, String> problems;

        Problems(Map<String, String> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** Today on the service's clock: the latest day a session may be recorded for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records the draft for authority {@code laCode} if it passes every rule.
     *
     * @param recordsFor the teams whose workers the recorder may record sessions for (a team manager's own)
     * @param recordedBy the user name kept with the session until an import replaces it
     * @param alongside run in the same transaction with the new version (the audit record)
     */
    public Outcome record(String laCode, Draft draft, Predicate<String> recordsFor, String recordedBy, LongConsumer alongside) {
        int[] numbers = new int[2];
        Registers.NewSession[] written = new Registers.NewSession[1];
        try {
            long version = registers.recordSupervision(laCode, recordedBy, register -> {
                Map<String, String> problems = problems(register, draft, recordsFor, numbers);
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                written[0] = new Registers.NewSession(new Supervision(draft.workerId().strip(), draft.supervisorId().strip(),
                        draft.date(), Coded.fromCode(SupervisionKind.class, draft.kind().strip()).orElseThrow(), numbers[0]), numbers[1]);
                return written[0];
            }, alongside);
            return new Recorded(written[0].session(), written[0].casesDiscussed(), version);
        } catch (Problems refused) {
            return new Refused(refused.problems);
        }
    }

    /** Every problem of the draft on {@code register}, by field; fills in minutes and cases discussed when they read. */
    Map<String, String> problems(Register register, Draft draft, Predicate<String> recordsFor, int[] numbers) {
        Map<String, String> problems = new LinkedHashMap<>();
        String workerId = blankToNull(draft.workerId());
        List<Employment> rows = workerId == null ? List.of()
                : register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList();
        boolean known = workerId != null && register.workers().stream().anyMatch(w -> w.workerId().equals(workerId));
        if (workerId == null) {
            problems.put("worker", "supervision.record.error.worker.missing");
        } else if (!known) {
            problems.put("worker", "supervision.record.error.worker.unknown");
        }
        LocalDate date = draft.date();
        if (date == null) {
            problems.put("date", draft.dateProblem() != null ? draft.dateProblem() : "supervision.record.error.date.missing");
        } else if (date.isAfter(today())) {
            problems.put("date", "supervision.record.error.date.future");
        } else if (known) {
            Optional<LocalDate> firstStart = rows.stream().map(Employment::startDate).min(LocalDate::compareTo);
            if (firstStart.isEmpty() || date.isBefore(firstStart.get())) {
                problems.put("date", "supervision.record.error.date.beforeStart");
            } else if (rows.stream().noneMatch(row -> row.inForceOn(date) && recordsFor.test(row.teamId()))) {
                problems.put("worker", "supervision.record.error.worker.notInTeam");
            }
        }
        String kind = blankToNull(draft.kind());
        if (kind == null) {
            problems.put("kind", "supervision.record.error.kind.missing");
        } else if (Coded.fromCode(SupervisionKind.class, kind).isEmpty()) {
            problems.put("kind", "supervision.record.error.kind.unknown");
        }
        Integer minutes = whole(draft.minutes());
        if (blankToNull(draft.minutes()) == null) {
            problems.put("minutes", "supervision.record.error.minutes.missing");
        } else if (minutes == null) {
            problems.put("minutes", "supervision.record.error.minutes.number");
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.put("minutes", "supervision.record.error.minutes.range");
        } else {
            numbers[0] = minutes;
        }
        Integer cases = whole(draft.casesDiscussed());
        if (blankToNull(draft.casesDiscussed()) == null) {
            problems.put("casesDiscussed", "supervision.record.error.cases.missing");
        } else if (cases == null || cases < 0) {
            problems.put("casesDiscussed", "supervision.record.error.cases.number");
        } else {
            numbers[1] = cases;
        }
        String supervisorId = blankToNull(draft.supervisorId());
        if (supervisorId == null) {
            problems.put("supervisor", "supervision.record.error.supervisor.missing");
        } else if (register.workers().stream().noneMatch(w -> w.workerId().equals(supervisorId))) {
            problems.put("supervisor", "supervision.record.error.supervisor.unknown");
        } else if (supervisorId.equals(workerId)) {
            problems.put("supervisor", "supervision.record.error.supervisor.self");
        }
        if (problems.isEmpty() && BundleChanges.holds(register, new Supervision(workerId, supervisorId, date,
                Coded.fromCode(SupervisionKind.class, kind).orElseThrow(), numbers[0]))) {
            problems.put("date", "supervision.record.error.date.duplicate");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        });
        return ordered;
    }

    static EmploymentHistory historyOf(Register register, String workerId) {
        return EmploymentHistory.of(register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Integer whole(String text) {
        String value = blankToNull(text);
        if (value == null || !value.matches("[+-]?\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(value);
    }
}
