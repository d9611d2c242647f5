package uk.retain.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;

/**
 * The append-only record of who saw or changed which person-level record, and of every import and export:
 * who, when, what, from which address. It is only ever inserted into and read. Modules publish
 * {@link uk.retain.people.Audited} rather than calling it ({@link AuditRecorder} writes them).
 */
@Service
public class AuditTrail {

    /** One recorded event. */
    public record Event(long id, Instant occurredAt, String username, String laCode, Action action,
            String subjectType, String subjectId, String address, String detail) {
    }

    /** A search of the trail; null fields match everything. */
    public record Search(String username, Action action, String subject, LocalDate from, LocalDate to) {
    }

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event by {@code username}, from the current request's address when there is one. */
    public void record(String username, String laCode, Action action, String subjectType, String subjectId, String detail) {
        jdbc.update("insert into audit_event (occurred_at, username, la_code, action, subject_type, subject_id, address, detail) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), username, laCode, action.name(), subjectType, subjectId, address(),
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
    }

    /** Records {@code audited}, as {@link AuditRecorder} does for each one published. */
    public void record(Audited audited) {
        record(audited.username(), audited.laCode(), audited.action(), audited.subjectType(), audited.subjectId(),
                audited.detail());
    }

    /** The newest events first, {@code limit} of them from {@code offset}. */
    public List<Event> search(Search search, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(search, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select id, occurred_at, username, la_code, action, subject_type, subject_id, address, detail from audit_event"
                + where + " order by id desc limit ? offset ?", (rs, n) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), Action.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9)), args.toArray());
    }

    public long count(Search search) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*) from audit_event" + where(search, args), Long.class, args.toArray());
    }

    private static String where(Search search, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (search.username() != null && !search.username().isBlank()) {
            clauses.add("username = ?");
            args.add(search.username().strip());
        }
        if (search.action() != null) {
            clauses.add("action = ?");
            args.add(search.action().name());
        }
        if (search.subject() != null && !search.subject().isBlank()) {
            clauses.add("subject_id = ?");
            args.add(search.subject().strip());
        }
        if (search.from() != null) {
            clauses.add("occurred_at >= ?");
            args.add(Timestamp.from(search.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (search.to() != null) {
            clauses.add("occurred_at < ?");
            args.add(Timestamp.from(search.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null || address.length() <= 255 ? address : address.substring(0, 255);
        }
        return "command line";
    }
}
