package uk.retain.development;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Transfer requests: a worker asks to move team, the rule ({@link TransferRule}, the authority's or the default) is
 * applied and explained, each manager answers, and the request is approved or declined. An approval becomes an
 * employment change on the day of the move, written with the request's new status in one transaction under the
 * authority's lock ({@link Registers#changeEmployment}): two approvals at once make one new row, and the second is
 * told the request is decided.
 */
@Service
public class Transfers {

    public static final int MAX_TEXT = 1000;

    private final JdbcTemplate jdbc;
    private final Registers registers;
    private final Clock clock;

    Transfers(JdbcTemplate jdbc, Registers registers, Clock clock) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public TransferRule rule(String laCode) {
        return jdbc.query("select min_months_in_post, managers_agree from transfer_rule where la_code = ?",
                (rs, n) -> new TransferRule(rs.getInt(1), rs.getBoolean(2)), laCode).stream().findFirst().orElse(TransferRule.DEFAULT);
    }

    /** Sets the authority's rule (months 0 to {@link TransferRule#MAX_MONTHS}: the caller checks). */
    public void setRule(String laCode, TransferRule rule, String changedBy) {
        jdbc.update("delete from transfer_rule where la_code = ?", laCode);
        jdbc.update("insert into transfer_rule (la_code, min_months_in_post, managers_agree, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                laCode, rule.minMonthsInPost(), rule.managersAgree(), changedBy, Timestamp.from(clock.instant()));
    }

    private static final String COLUMNS = "id, la_code, worker_id, from_team_id, to_team_id, reason, requested_on, requested_by, status,"
            + " current_agrees, current_by, receiving_agrees, receiving_by, move_on, decided_by, decided_at, decision_note";

    private static TransferRequest row(ResultSet rs, int n) throws SQLException {
        Date move = rs.getDate(14);
        Timestamp decided = rs.getTimestamp(16);
        return new TransferRequest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getDate(7).toLocalDate(), rs.getString(8), Coded.fromCode(TransferStatus.class, rs.getString(9)).orElseThrow(),
                (Boolean) rs.getObject(10, Boolean.class), rs.getString(11), (Boolean) rs.getObject(12, Boolean.class), rs.getString(13),
                move == null ? null : move.toLocalDate(), rs.getString(15), decided == null ? null : decided.toInstant(), rs.getString(17));
    }

    /** The authority's requests, newest first. */
    public List<TransferRequest> requests(String laCode) {
        return jdbc.query("select " + COLUMNS + " from transfer_request where la_code = ? order by id desc", Transfers::row, laCode);
    }

    public Optional<TransferRequest> request(String laCode, long id) {
        return jdbc.query("select " + COLUMNS + " from transfer_request where la_code = ? and id = ?", Transfers::row, laCode, id)
                .stream().findFirst();
    }

    /** The rule applied to the worker's request (or to the worker, before they ask: {@code request} null), today. */
    public List<TransferRule.Check> checks(Register register, String workerId, TransferRequest request) {
        return rule(register.authority().laCode()).apply(historyOf(register, workerId), request, today());
    }

    /** What became of an action: done (with the request's id), or refused with one message code per field. */
    public sealed interface Outcome {
    }

    public record Done(long id) implements Outcome {
    }

    public record Refused(Map<String, String> problems) implements Outcome {
    }

    private static final class Problems extends RuntimeException {
        private final Map<String, String> problems;

        Problems(Map<String, String> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /**
     * The worker asks to move to {@code toTeamId}. Refused when: they are in no employment today; the team is not a
     * team of the register, or is their own; the reason is missing or longer than 1000 characters; they have a
     * request waiting; or they have not been in post long enough under the rule (the page says from when they may
     * ask).
     */
    public Outcome ask(Register register, String workerId, String toTeamId, String reason, String requestedBy) {
        String la = register.authority().laCode();
        LocalDate today = today();
        EmploymentHistory history = historyOf(register, workerId);
        Employment main = history.mainRow(today);
        Map<String, String> problems = new LinkedHashMap<>();
        String to = toTeamId == null ? "" : toTeamId.strip();
        if (main == null) {
            problems.put("team", "transfers.ask.error.notEmployed");
        } else if (to.isEmpty()) {
            problems.put("team", "transfers.ask.error.team.missing");
        } else if (register.teams().stream().noneMatch(t -> t.teamId().equals(to))) {
            problems.put("team", "transfers.ask.error.team.unknown");
        } else if (main.teamId().equals(to)) {
            problems.put("team", "transfers.ask.error.team.own");
        } else if (requests(la).stream().anyMatch(r -> r.workerId().equals(workerId) && r.open())) {
            problems.put("team", "transfers.ask.error.waiting");
        } else if (rule(la).inPost(history, today).state() != TransferRule.State.MET) {
            problems.put("team", "transfers.ask.error.tooSoon");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.put("reason", "transfers.ask.error.reason.missing");
        } else if (why.length() > MAX_TEXT) {
            problems.put("reason", "transfers.ask.error.reason.long");
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        return new Done(insert(la, workerId, main.teamId(), to, why, today, requestedBy));
    }

    /** Stores a new request as it stands (the demo's, and {@link #ask}'s once checked); answers its id. */
    public long insert(String laCode, String workerId, String fromTeamId, String toTeamId, String reason, LocalDate requestedOn,
            String requestedBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into transfer_request (la_code, worker_id, from_team_id, to_team_id,"
                    + " reason, requested_on, requested_by, status) values (?, ?, ?, ?, ?, ?, ?, 'requested')", new String[] {"id"});
            statement.setString(1, laCode);
            statement.setString(2, workerId);
            statement.setString(3, fromTeamId);
            statement.setString(4, toTeamId);
            statement.setString(5, reason);
            statement.setDate(6, Date.valueOf(requestedOn));
            statement.setString(7, requestedBy);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Which manager answers: the current team's or the receiving team's. */
    public enum Side {
        CURRENT, RECEIVING
    }

    /** A manager's answer to a waiting request. Refused when the request is decided already. */
    public Outcome answer(String laCode, long id, Side side, boolean agrees, String by) {
        String column = side == Side.CURRENT ? "current" : "receiving";
        int updated = jdbc.update("update transfer_request set " + column + "_agrees = ?, " + column + "_by = ? where la_code = ? and id = ?"
                + " and status = 'requested'", agrees, by, laCode, id);
        return updated == 1 ? new Done(id) : new Refused(Map.of("answer", "transfers.decide.error.decided"));
    }

    /** Declines a waiting request with a reason; refused when it is decided already or the reason is missing. */
    public Outcome decline(String laCode, long id, String note, String by) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            return new Refused(Map.of("note", why.isEmpty() ? "transfers.decide.error.note.missing" : "transfers.decide.error.note.long"));
        }
        int updated = jdbc.update("update transfer_request set status = 'declined', decided_by = ?, decided_at = ?, decision_note = ?"
                + " where la_code = ? and id = ? and status = 'requested'", by, Timestamp.from(clock.instant()), why, laCode, id);
        return updated == 1 ? new Done(id) : new Refused(Map.of("note", "transfers.decide.error.decided"));
    }

    /** The worker withdraws their own waiting request. */
    public Outcome withdraw(String laCode, long id, String by) {
        int updated = jdbc.update("update transfer_request set status = 'withdrawn', decided_by = ?, decided_at = ?"
                + " where la_code = ? and id = ? and status = 'requested'", by, Timestamp.from(clock.instant()), laCode, id);
        return updated == 1 ? new Done(id) : new Refused(Map.of("answer", "transfers.decide.error.decided"));
    }

    /**
     * Approves a waiting request with the worker moving on {@code moveOn}: under the authority's lock the request is
     * read again and the rule applied again (today); the move day is on or after the request's day and after the
     * start of the worker's open-ended row in the team they leave. Then that row ends the day before, a row in the
     * receiving team (same contract, job role and FTE; no post) starts on the day, and the request is marked
     * approved only if it is still waiting, all in one transaction with {@code alongside} (its audit record).
     */
    public Outcome approve(String laCode, long id, LocalDate moveOn, String note, String by, LongConsumer alongside) {
        String why = note == null ? "" : note.strip();
        try {
            registers.changeEmployment(laCode, register -> {
                Map<String, String> problems = new LinkedHashMap<>();
                TransferRequest request = request(laCode, id).orElse(null);
                if (request == null || !request.open()) {
                    throw new Problems(Map.of("moveOn", "transfers.decide.error.decided"));
                }
                if (!TransferRule.allMet(checks(register, request.workerId(), request))) {
                    problems.put("moveOn", "transfers.decide.error.rule");
                }
                Employment leaving = null;
                if (moveOn == null) {
                    problems.putIfAbsent("moveOn", "transfers.decide.error.moveOn.missing");
                } else if (moveOn.isBefore(request.requestedOn())) {
                    problems.putIfAbsent("moveOn", "transfers.decide.error.moveOn.beforeRequest");
                } else {
                    leaving = register.employments().stream().filter(row -> row.workerId().equals(request.workerId())
                            && row.teamId().equals(request.fromTeamId()) && row.endDate() == null && row.startDate().isBefore(moveOn))
                            .findFirst().orElse(null);
                    if (leaving == null) {
                        problems.putIfAbsent("moveOn", "transfers.decide.error.moveOn.noRow");
                    }
                }
                if (why.length() > MAX_TEXT) {
                    problems.put("note", "transfers.decide.error.note.long");
                }
                if (!problems.isEmpty()) {
                    throw new Problems(problems);
                }
                Employment starting = new Employment(leaving.workerId(), leaving.contract(), leaving.jobRole(), request.toTeamId(),
                        null, leaving.fte(), moveOn, null, null, null);
                return new Registers.EmploymentChange(leaving, starting);
            }, version -> {
                int updated = jdbc.update("update transfer_request set status = 'approved', move_on = ?, decided_by = ?, decided_at = ?,"
                        + " decision_note = ? where la_code = ? and id = ? and status = 'requested'", Date.valueOf(moveOn), by,
                        Timestamp.from(clock.instant()), why.isEmpty() ? null : why, laCode, id);
                if (updated != 1) {
                    throw new Problems(Map.of("moveOn", "transfers.decide.error.decided"));
                }
                alongside.accept(version);
            });
            return new Done(id);
        } catch (Problems refused) {
            return new Refused(refused.problems);
        }
    }

    static EmploymentHistory historyOf(Register register, String workerId) {
        return EmploymentHistory.of(register.employments().stream().filter(row -> row.workerId().equals(workerId)).toList());
    }
}
