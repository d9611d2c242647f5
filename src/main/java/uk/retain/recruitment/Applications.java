package uk.retain.recruitment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Register;
import uk.retain.workforce.RowsRecordedBeside;

/**
 * The applications of an authority: those of its last imported {@code applications.csv} and those HR recorded or moved
 * on in Retain since ({@code recruitment_application_recorded}). A draft is checked as an import checks the file (the
 * vacancy exists; a candidate reference, never a name; a stage never without the ones before it, nor before them; a
 * started application names its worker and only it does; a declined offer has an offer and no acceptance), and also
 * that no stage is after today. A recorded row with an imported application's id is that application moved on; it is
 * shown instead of the imported row while it is as far on ({@link #progress}).
 */
@Service
public class Applications implements RowsRecordedBeside {

    /** The form's fields, in the order problems are listed. */
    public static final List<String> FIELDS = List.of("vacancy", "candidate", "source", "applied_on", "shortlisted_on",
            "interviewed_on", "offered_on", "accepted_on", "started_on", "outcome", "worker", "reason");
    /** A pseudonymous reference: letters, digits, hyphens, slashes and underscores, no spaces, so never a name as written. */
    static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/-]{0,39}");
    public static final String ID_PREFIX = "RET-A";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Applications(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * An application as entered: {@code applicationId} null for a new one; the stage dates by their column, as text
     * (ISO {@code YYYY-MM-DD}).
     */
    public record Draft(String applicationId, String vacancyId, String candidateId, String source, Map<String, String> stages,
            String outcome, String reason, String workerId) {
    }

    /** A draft checked: its problems (message codes by field) and the application when there are none. */
    public record Checked(Map<String, String> problems, Application application) {
    }

    /** Today on the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How far on an application is: its outcome decided (after any stage), then the last stage given. */
    static int progress(Application a) {
        int stage = -1;
        List<LocalDate> dates = a.stageDates();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
                stage = i;
            }
        }
        return (a.outcome() == ApplicationOutcome.IN_PROGRESS ? 0 : 10) + stage;
    }

    /** The register with its applications, those moved on in Retain in their place, and those recorded in Retain after. */
    @Override
    public Register withRecorded(Register register) {
        List<Application> recorded = recorded(register.authority().laCode());
        if (recorded.isEmpty()) {
            return register;
        }
        Map<String, Application> byId = new HashMap<>();
        recorded.forEach(a -> byId.put(a.applicationId(), a));
        List<Application> all = new ArrayList<>();
        for (Application imported : register.rows(ApplicationsFile.class)) {
            Application moved = byId.remove(imported.applicationId());
            all.add(moved != null && progress(moved) >= progress(imported) ? moved : imported);
        }
        recorded.stream().filter(a -> byId.containsKey(a.applicationId())).forEach(all::add);
        return register.withRows(ApplicationsFile.class, all);
    }

    /** The applications recorded or moved on in Retain, in the order they were last written. */
    public List<Application> recorded(String laCode) {
        return jdbc.query("select * from recruitment_application_recorded where la_code = ? order by recorded_at, application_id",
                (rs, n) -> new Application(rs.getString("application_id"), rs.getString("vacancy_id"), rs.getString("candidate_id"),
                        Coded.fromCode(Source.class, rs.getString("source")).orElseThrow(), rs.getDate("applied_on").toLocalDate(),
                        date(rs.getDate("shortlisted_on")), date(rs.getDate("interviewed_on")), date(rs.getDate("offered_on")),
                        date(rs.getDate("accepted_on")), date(rs.getDate("started_on")),
                        Coded.fromCode(ApplicationOutcome.class, rs.getString("outcome")).orElseThrow(), rs.getString("outcome_reason"),
                        rs.getString("worker_id")), laCode);
    }

    /** Checks the draft against {@code register} (with the applications recorded in Retain); writes nothing. */
    public Checked check(Register register, Draft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        String applicationId = blankToNull(draft.applicationId());
        if (applicationId != null && register.rows(ApplicationsFile.class).stream().noneMatch(a -> a.applicationId().equals(applicationId))) {
            problems.put("vacancy", "recruitment.record.error.application.unknown");
        }
        String vacancyId = blankToNull(draft.vacancyId());
        if (vacancyId == null) {
            problems.put("vacancy", "recruitment.record.error.vacancy.missing");
        } else if (register.rows(VacanciesFile.class).stream().noneMatch(v -> v.vacancyId().equals(vacancyId))) {
            problems.put("vacancy", "recruitment.record.error.vacancy.unknown");
        }
        String candidate = blankToNull(draft.candidateId());
        if (candidate == null) {
            problems.put("candidate", "recruitment.record.error.candidate.missing");
        } else if (!CANDIDATE.matcher(candidate).matches()) {
            problems.put("candidate", "recruitment.record.error.candidate.reference");
        }
        String sourceCode = blankToNull(draft.source());
        Source source = sourceCode == null ? null : Coded.fromCode(Source.class, sourceCode).orElse(null);
        if (source == null) {
            problems.put("source", sourceCode == null ? "recruitment.record.error.source.missing" : "recruitment.record.error.source.unknown");
        }
        LocalDate[] stages = new LocalDate[Application.STAGES.size()];
        LocalDate today = today();
        int latest = -1;
        boolean gap = false;
        for (int i = 0; i < stages.length; i++) {
            String column = Application.STAGES.get(i);
            String text = blankToNull(draft.stages().get(column));
            if (text == null) {
                if (i == 0) {
                    problems.put(column, "recruitment.record.error.applied_on.missing");
                }
                gap = true;
                continue;
            }
            try {
                stages[i] = LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                problems.put(column, "recruitment.record.error.stage.invalid");
                continue;
            }
            if (gap && i > 0) {
                problems.put(column, "recruitment.record.error.stage.gap");
            } else if (stages[i].isAfter(today)) {
                problems.put(column, "recruitment.record.error.stage.future");
            } else if (latest >= 0 && stages[i].isBefore(stages[latest])) {
                problems.put(column, "recruitment.record.error.stage.order");
            }
            if (latest < 0 || stages[i].isAfter(stages[latest])) {
                latest = i;
            }
        }
        String outcomeCode = blankToNull(draft.outcome());
        ApplicationOutcome outcome = outcomeCode == null ? null : Coded.fromCode(ApplicationOutcome.class, outcomeCode).orElse(null);
        String workerId = blankToNull(draft.workerId());
        if (outcome == null) {
            problems.put("outcome", "recruitment.record.error.outcome.missing");
        } else if (outcome == ApplicationOutcome.STARTED) {
            if (stages[5] == null && !problems.containsKey("started_on")) {
                problems.put("started_on", "recruitment.record.error.started_on.missing");
            }
            if (workerId == null) {
                problems.put("worker", "recruitment.record.error.worker.missing");
            } else if (register.workers().stream().noneMatch(w -> w.workerId().equals(workerId))) {
                problems.put("worker", "recruitment.record.error.worker.unknown");
            }
        } else {
            if (workerId != null) {
                problems.put("worker", "recruitment.record.error.worker.notStarted");
            }
            if (outcome == ApplicationOutcome.OFFER_DECLINED) {
                if (stages[3] == null && !problems.containsKey("offered_on")) {
                    problems.put("offered_on", "recruitment.record.error.offered_on.missing");
                }
                if (stages[4] != null) {
                    problems.put("accepted_on", "recruitment.record.error.accepted_on.declined");
                }
            }
        }
        String reason = blankToNull(draft.reason());
        if (reason != null && reason.length() > 1000) {
            problems.put("reason", "recruitment.record.error.reason.long");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        });
        if (!ordered.isEmpty()) {
            return new Checked(ordered, null);
        }
        String id = applicationId != null ? applicationId : nextId(register);
        return new Checked(ordered, new Application(id, vacancyId, candidate, source, stages[0], stages[1], stages[2], stages[3],
                stages[4], stages[5], outcome, reason, outcome == ApplicationOutcome.STARTED ? workerId : null));
    }

    /** Records the draft (a new application, or one moved on) if it passes every rule, with {@code alongside}. */
    public Checked record(Register imported, Draft draft, String recordedBy, Runnable alongside) {
        String la = imported.authority().laCode();
        return transaction.execute(status -> {
            jdbc.query("select la_code from authority where la_code = ? for update", (rs, n) -> rs.getString(1), la);
            Checked checked = check(withRecorded(imported), draft);
            if (checked.application() == null) {
                return checked;
            }
            Application a = checked.application();
            jdbc.update("delete from recruitment_application_recorded where la_code = ? and application_id = ?", la, a.applicationId());
            jdbc.update("insert into recruitment_application_recorded (la_code, application_id, vacancy_id, candidate_id, source,"
                    + " applied_on, shortlisted_on, interviewed_on, offered_on, accepted_on, started_on, outcome, outcome_reason,"
                    + " worker_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    la, a.applicationId(), a.vacancyId(), a.candidateId(), a.source().code(), a.appliedOn(), a.shortlistedOn(),
                    a.interviewedOn(), a.offeredOn(), a.acceptedOn(), a.startedOn(), a.outcome().code(), a.outcomeReason(),
                    a.workerId(), recordedBy, Timestamp.from(clock.instant()));
            alongside.run();
            return checked;
        });
    }

    static String nextId(Register register) {
        int highest = 0;
        for (Application a : register.rows(ApplicationsFile.class)) {
            String id = a.applicationId();
            if (id.startsWith(ID_PREFIX) && id.substring(ID_PREFIX.length()).matches("\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(ID_PREFIX.length())));
            }
        }
        return ID_PREFIX + (highest + 1);
    }

    /** The draft's fields from an application, to move it on. */
    public static Draft draftOf(Application a) {
        Map<String, String> stages = new LinkedHashMap<>();
        List<LocalDate> dates = a.stageDates();
        for (int i = 0; i < dates.size(); i++) {
            stages.put(Application.STAGES.get(i), dates.get(i) == null ? "" : dates.get(i).toString());
        }
        return new Draft(a.applicationId(), a.vacancyId(), a.candidateId(), a.source().code(), stages, a.outcome().code(),
                a.outcomeReason(), a.workerId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static List<String> stageColumns() {
        return Arrays.asList(Application.STAGES.toArray(new String[0]));
    }
}
