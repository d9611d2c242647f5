package uk.retain.development;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Cells;
import uk.retain.workforce.FileChecks;
import uk.retain.workforce.FileRow;

/**
 * transfer_requests.csv (docs/exchange-format.md): one row per request to move team and what became of it, as the
 * transfer pages keep them in {@code transfer_request}. {@code transfer_id} is unique; the worker and both teams are
 * the bundle's, the teams differ; {@code move_on} is given when and only when approved; a decision's day and note
 * only once decided, a decline with its note; no day before {@code requested_on}; a worker has at most one request
 * waiting. Who asked and who answered are Retain's users, not pseudonymous ids, so the file has no column for them.
 */
public final class TransferRequestsFile extends BundleFileType<TransferRequestsFile.Row> {

    public static final String FILE = "transfer_requests.csv";

    /** One row of the file. */
    public record Row(String transferId, String workerId, String fromTeamId, String toTeamId, LocalDate requestedOn,
            TransferStatus status, String reason, Boolean currentAgrees, Boolean receivingAgrees, LocalDate moveOn,
            LocalDate decidedOn, String decisionNote) {
    }

    public TransferRequestsFile() {
        super(FILE, 220, List.of("transfer_id", "worker_id", "from_team_id", "to_team_id", "requested_on", "status", "reason"),
                List.of("current_agrees", "receiving_agrees", "move_on", "decided_on", "decision_note"), "transfer_id");
    }

    @Override
    public Row type(Cells row) {
        String id = row.id("transfer_id");
        String workerId = row.id("worker_id");
        String from = row.id("from_team_id");
        String to = row.id("to_team_id");
        if (from != null && from.equals(to)) {
            row.problem("to_team_id", "to_team_id must differ from from_team_id, not " + to);
        }
        LocalDate requestedOn = row.date("requested_on");
        TransferStatus status = row.code("status", TransferStatus.class);
        String reason = text(row, "reason", row.text("reason"));
        Boolean currentAgrees = row.optionalFlag("current_agrees");
        Boolean receivingAgrees = row.optionalFlag("receiving_agrees");
        LocalDate moveOn = row.optionalDate("move_on");
        LocalDate decidedOn = row.optionalDate("decided_on");
        String note = text(row, "decision_note", row.raw("decision_note"));
        if (status == TransferStatus.APPROVED && moveOn == null && row.raw("move_on") == null) {
            row.problem("move_on", "move_on is required when status is approved");
        } else if (status != null && status != TransferStatus.APPROVED && moveOn != null) {
            row.problem("move_on", "move_on is given only when status is approved, not " + status.code());
        }
        if (status == TransferStatus.REQUESTED) {
            if (decidedOn != null) {
                row.problem("decided_on", "decided_on is given only once the request is decided, not while requested");
            }
            if (note != null) {
                row.problem("decision_note", "decision_note is given only once the request is decided, not while requested");
            }
        }
        if (status == TransferStatus.DECLINED && note == null && row.raw("decision_note") == null) {
            row.problem("decision_note", "decision_note is required when status is declined");
        }
        notBefore(row, "move_on", moveOn, requestedOn);
        notBefore(row, "decided_on", decidedOn, requestedOn);
        if (!row.valid()) {
            return null;
        }
        return new Row(id, workerId, from, to, requestedOn, status, reason, currentAgrees, receivingAgrees, moveOn, decidedOn, note);
    }

    private static String text(Cells row, String column, String value) {
        if (value != null && value.length() > Transfers.MAX_TEXT) {
            row.problem(column, column + " is at most " + Transfers.MAX_TEXT + " characters, not " + value.length());
        }
        return value;
    }

    private static void notBefore(Cells row, String column, LocalDate day, LocalDate requestedOn) {
        if (day != null && requestedOn != null && day.isBefore(requestedOn)) {
            row.problem(column, column + " " + day + " is before requested_on " + requestedOn);
        }
    }

    @Override
    public List<String> cells(Row r) {
        return Arrays.asList(r.transferId(), r.workerId(), r.fromTeamId(), r.toTeamId(), Written.date(r.requestedOn()),
                Written.code(r.status()), r.reason(), flag(r.currentAgrees()), flag(r.receivingAgrees()), Written.date(r.moveOn()),
                Written.date(r.decidedOn()), r.decisionNote());
    }

    private static String flag(Boolean value) {
        return value == null ? null : value.toString();
    }

    @Override
    public void check(List<FileRow<Row>> rows, FileChecks checks) {
        Map<String, Long> waiting = new HashMap<>();
        for (FileRow<Row> row : rows) {
            Row r = row.value();
            checks.refersTo(row.line(), "worker_id", r.workerId(), "workers.csv");
            checks.refersTo(row.line(), "from_team_id", r.fromTeamId(), "teams.csv");
            checks.refersTo(row.line(), "to_team_id", r.toTeamId(), "teams.csv");
            if (r.status() == TransferStatus.REQUESTED) {
                Long first = waiting.putIfAbsent(r.workerId(), row.line());
                if (first != null) {
                    checks.problem(row.line(), "status", "worker " + r.workerId() + " has a request waiting already, on line " + first
                            + ": at most one is requested at a time");
                }
            }
        }
    }
}
