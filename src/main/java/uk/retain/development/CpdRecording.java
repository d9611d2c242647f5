package uk.retain.development;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Service;

import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.RecordedRow;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * A CPD activity recorded on a page (a worker for themselves, a manager for a worker of their team), checked as an
 * import checks development.csv, each problem a code on its field, and written into the authority's development.csv
 * through {@link Registers#recordRow} in one transaction with its audit record, noted as recorded in Retain so that an
 * import that lacks it names it before dropping it. A refused activity writes nothing.
 *
 * <p>The rules: the worker is a worker of the register whom the recorder may record for, given the teams the worker
 * is in on the activity's day; the date is not after today (the service's clock) nor before the worker's first
 * employment start; the activity is one of development.csv's codes; the hours a decimal more than 0 and at most 100;
 * each statement a Knowledge and Skills Statement; the title at most 200 characters; and the same activity (worker,
 * date, activity, title) is not already held.
 *
 * <p>An activity recorded in Retain (one with a recorded note) can be changed, checked by the same rules as a new
 * one, or removed, by whoever may record for its worker on its day; an imported one belongs to the system it came
 * from and is corrected there. The activity is known by its note's number and the cells the page showed, so one
 * changed or removed meanwhile, or imported over, is refused ({@link Gone}) and no other row is touched.
 */
@Service
public class CpdRecording {

    public static final int MAX_TITLE = 200;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100);
    /** The form's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("worker", "date", "activity", "hours", "kss", "title");

    private final Registers registers;
    private final Clock clock;

    CpdRecording(Registers registers, Clock clock) {
        this.registers = registers;
        this.clock = clock;
    }

    /** An activity as entered; {@code date} null when absent or unreadable, {@code dateProblem} then says which. */
    public record Draft(String workerId, LocalDate date, String dateProblem, String activity, String hours,
            List<String> kss, String title) {

        public Draft {
            kss = kss == null ? List.of() : List.copyOf(kss);
        }
    }

    public sealed interface Outcome {
    }

    public record Recorded(DevelopmentActivity activity, long version) implements Outcome {
    }

    public record Refused(Map<String, String> problems) implements Outcome, ChangeOutcome {
    }

    /** What came of changing or removing a recorded activity. */
    public sealed interface ChangeOutcome {
    }

    /** The activity as changed ({@code activity}), or removed ({@code activity} null). */
    public record Changed(DevelopmentActivity was, DevelopmentActivity activity, long version) implements ChangeOutcome {
    }

    /** The activity is no longer as the page showed it: changed or removed meanwhile, or an import replaced the file. */
    public record Gone() implements ChangeOutcome {
    }

    /** The recorder may not record for the activity's worker on its day. */
    public record NotYours() implements ChangeOutcome {
    }

    /** An activity recorded in Retain: its note's number, its cells as the note keeps them, and the activity. */
    public record Held(int id, String cells, DevelopmentActivity activity) {
    }

    private static final class Refusal extends RuntimeException {
        private final ChangeOutcome outcome;

        Refusal(ChangeOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
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

    /**
     * Records the draft for authority {@code laCode} if it passes every rule, as recorded by {@code recordedBy}.
     *
     * @param mayRecordFor whether the recorder may record for a worker, given the teams they are in on the day
     */
    public Outcome record(String laCode, Draft draft, String recordedBy, BiPredicate<String, Set<String>> mayRecordFor,
            LongConsumer alongside) {
        DevelopmentActivity[] written = new DevelopmentActivity[1];
        try {
            long version = registers.recordRow(laCode, DevelopmentFile.class, recordedBy, register -> {
                Map<String, String> problems = new LinkedHashMap<>();
                DevelopmentActivity activity = check(register, draft, mayRecordFor, problems);
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                written[0] = activity;
                return activity;
            }, alongside);
            return new Recorded(written[0], version);
        } catch (Problems refused) {
            return new Refused(refused.problems);
        }
    }

    /** The authority's activities recorded in Retain, by their cells as development.csv writes them: the ones a page may change. */
    public Map<String, Integer> recordedIds(String laCode) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        registers.rowsRecorded(laCode, DevelopmentFile.class).forEach(row -> ids.put(row.cells(), row.seq()));
        return ids;
    }

    /** The cells of {@code activity} as a recorded note keeps them, to find it among {@link #recordedIds}. */
    public static String cellsOf(DevelopmentActivity activity) {
        return RecordedRow.cellsOf(BundleFileTypes.of(DevelopmentFile.class), activity);
    }

    /**
     * The activity recorded in Retain as note {@code id}, when development.csv still holds it and the recorder may
     * record for its worker on its day; empty otherwise (no such note, imported over, or not theirs).
     */
    public Optional<Held> held(String laCode, int id, BiPredicate<String, Set<String>> mayRecordFor) {
        Register register = registers.find(laCode).map(Registers.StoredRegister::register).orElse(null);
        Optional<RecordedRow> note = registers.rowRecorded(laCode, DevelopmentFile.class, id);
        if (register == null || note.isEmpty()) {
            return Optional.empty();
        }
        return register.rows(DevelopmentFile.class).stream().filter(a -> cellsOf(a).equals(note.get().cells())).findFirst()
                .filter(a -> mayRecordFor.test(a.workerId(), teamsOn(register, a.workerId(), a.date())))
                .map(a -> new Held(id, note.get().cells(), a));
    }

    /**
     * Replaces the recorded activity {@code id} (as the page showed it, {@code cells}) by the draft, checked as a new
     * activity is (the activity itself aside, so keeping its day and kind is no duplicate), or removes it when
     * {@code draft} is null; as changed by {@code changedBy}, {@code alongside} (its audit record) in the same
     * transaction.
     */
    public ChangeOutcome change(String laCode, int id, String cells, Draft draft, String changedBy,
            BiPredicate<String, Set<String>> mayRecordFor, LongConsumer alongside) {
        DevelopmentActivity[] was = new DevelopmentActivity[1];
        DevelopmentActivity[] written = new DevelopmentActivity[1];
        try {
            long version = registers.changeRecordedRow(laCode, DevelopmentFile.class, id, cells, changedBy, (register, held) -> {
                was[0] = held;
                if (!mayRecordFor.test(held.workerId(), teamsOn(register, held.workerId(), held.date()))) {
                    throw new Refusal(new NotYours());
                }
                if (draft == null) {
                    return Optional.empty();
                }
                Map<String, String> problems = new LinkedHashMap<>();
                DevelopmentActivity activity = check(register, draft, mayRecordFor, problems);
                if (!problems.isEmpty()) {
                    throw new Refusal(new Refused(problems));
                }
                written[0] = activity;
                return Optional.of(activity);
            }, alongside);
            return new Changed(was[0], written[0], version);
        } catch (Refusal refusal) {
            return refusal.outcome;
        } catch (Registers.RecordedRowGone gone) {
            return new Gone();
        }
    }

    /** The teams the worker is in on the day, by the register's employment rows in force then. */
    private static Set<String> teamsOn(Register register, String workerId, LocalDate day) {
        Set<String> teams = new TreeSet<>();
        register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(day))
                .forEach(row -> teams.add(row.teamId()));
        return teams;
    }

    /** The draft as an activity, every problem put in {@code problems} by field (in {@link #FIELDS} order). */
    DevelopmentActivity check(Register register, Draft draft, BiPredicate<String, Set<String>> mayRecordFor,
            Map<String, String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        String workerId = blankToNull(draft.workerId());
        boolean known = workerId != null && register.workers().stream().anyMatch(w -> w.workerId().equals(workerId));
        if (workerId == null) {
            found.put("worker", "development.record.error.worker.missing");
        } else if (!known) {
            found.put("worker", "development.record.error.worker.unknown");
        }
        LocalDate date = draft.date();
        if (date == null) {
            found.put("date", draft.dateProblem() != null ? draft.dateProblem() : "development.record.error.date.missing");
        } else if (date.isAfter(today())) {
            found.put("date", "development.record.error.date.future");
        } else if (known) {
            List<Employment> rows = register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList();
            Optional<LocalDate> firstStart = rows.stream().map(Employment::startDate).min(LocalDate::compareTo);
            if (firstStart.isEmpty() || date.isBefore(firstStart.get())) {
                found.put("date", "development.record.error.date.beforeStart");
            } else {
                if (!mayRecordFor.test(workerId, teamsOn(register, workerId, date))) {
                    found.put("worker", "development.record.error.worker.notYours");
                }
            }
        }
        String activityCode = blankToNull(draft.activity());
        Activity activity = activityCode == null ? null : Coded.fromCode(Activity.class, activityCode).orElse(null);
        if (activityCode == null) {
            found.put("activity", "development.record.error.activity.missing");
        } else if (activity == null) {
            found.put("activity", "development.record.error.activity.unknown");
        }
        BigDecimal hours = decimal(draft.hours());
        if (blankToNull(draft.hours()) == null) {
            found.put("hours", "development.record.error.hours.missing");
        } else if (hours == null) {
            found.put("hours", "development.record.error.hours.number");
        } else if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            found.put("hours", "development.record.error.hours.range");
        }
        Set<KssStatement> kss = EnumSet.noneOf(KssStatement.class);
        for (String code : draft.kss()) {
            Optional<KssStatement> statement = Coded.fromCode(KssStatement.class, code.strip());
            if (statement.isEmpty()) {
                found.put("kss", "development.record.error.kss.unknown");
            } else {
                kss.add(statement.get());
            }
        }
        String title = blankToNull(draft.title());
        if (title != null && title.length() > MAX_TITLE) {
            found.put("title", "development.record.error.title.long");
        } else if (title != null && (title.contains("\n") || title.contains("\r"))) {
            found.put("title", "development.record.error.title.lines");
        }
        DevelopmentActivity result = null;
        if (found.isEmpty()) {
            result = new DevelopmentActivity(workerId, date, activity, hours.stripTrailingZeros(), List.copyOf(kss), title);
            DevelopmentActivity candidate = result;
            if (register.rows(DevelopmentFile.class).stream().anyMatch(a -> a.workerId().equals(candidate.workerId())
                    && a.date().equals(candidate.date()) && a.activity() == candidate.activity()
                    && Objects.equals(a.title(), candidate.title()))) {
                found.put("date", "development.record.error.date.duplicate");
                result = null;
            }
        }
        FIELDS.forEach(field -> {
            if (found.containsKey(field)) {
                problems.put(field, found.get(field));
            }
        });
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal decimal(String text) {
        String value = blankToNull(text);
        if (value == null || !value.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(value);
    }
}
