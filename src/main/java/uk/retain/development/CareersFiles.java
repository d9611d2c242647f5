package uk.retain.development;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import uk.retain.workforce.BundleFileType;
import uk.retain.workforce.Coded;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.RowsKeptBeside;

/**
 * The careers records the pages write into this module's tables, as bundle files (decision 0034):
 * transfer_requests.csv ({@code transfer_request}), critical_roles.csv and successors.csv ({@code critical_role},
 * {@code successor}) and level_changes.csv ({@code career_level_change}). The tables stay the store. The bundle
 * export writes what they hold; an import adds the rows of a file that they do not hold (known again by
 * {@code transfer_id}, {@code role_id}, role and worker, or the whole row) and keeps every row they hold, so a
 * bundle without the file, or with a row written differently, changes nothing Retain holds. A row made in Retain is
 * {@code RET-<id>} in the files; who asked, answered or recorded is not written (Retain's users, not pseudonymous
 * ids), and a row brought in from a bundle is noted as by {@value #IMPORTED_BY}.
 */
@Service
public class CareersFiles implements RowsKeptBeside {

    /** The "by" of a row brought in from a bundle. */
    public static final String IMPORTED_BY = "bundle";
    /** The file id of a row made in Retain: this prefix and its id in the table. */
    public static final String RETAIN_ID = "RET-";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CareersFiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Class<? extends BundleFileType<?>>> files() {
        return List.of(TransferRequestsFile.class, CriticalRolesFile.class, SuccessorsFile.class, LevelChangesFile.class);
    }

    /** The id a row has in the files: the bundle's own, or {@value #RETAIN_ID} and its table id when made in Retain. */
    static String fileId(String fileId, long id) {
        return fileId != null ? fileId : RETAIN_ID + id;
    }

    /** The authority's transfer requests as rows of transfer_requests.csv, oldest first. */
    public List<TransferRequestsFile.Row> transfers(String laCode) {
        return jdbc.query("select file_id, id, worker_id, from_team_id, to_team_id, requested_on, status, reason, current_agrees,"
                + " receiving_agrees, move_on, decided_at, decision_note from transfer_request where la_code = ? order by id", (rs, n) -> {
                    Date move = rs.getDate(11);
                    Timestamp decided = rs.getTimestamp(12);
                    return new TransferRequestsFile.Row(fileId(rs.getString(1), rs.getLong(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDate(6).toLocalDate(), Coded.fromCode(TransferStatus.class, rs.getString(7)).orElseThrow(),
                            rs.getString(8), rs.getObject(9, Boolean.class), rs.getObject(10, Boolean.class),
                            move == null ? null : move.toLocalDate(),
                            decided == null ? null : LocalDate.ofInstant(decided.toInstant(), clock.getZone()), rs.getString(13));
                }, laCode);
    }

    /** The authority's critical roles as rows of critical_roles.csv, in the order they were named. */
    public List<CriticalRolesFile.Row> roles(String laCode) {
        return jdbc.query("select file_id, id, name, post_id, job_role, team_id from critical_role where la_code = ? order by id",
                (rs, n) -> new CriticalRolesFile.Row(fileId(rs.getString(1), rs.getLong(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : Coded.fromCode(JobRole.class, rs.getString(5)).orElseThrow(), rs.getString(6)),
                laCode);
    }

    /** The authority's successors as rows of successors.csv, by role then in the order they were named. */
    public List<SuccessorsFile.Row> successors(String laCode) {
        return jdbc.query("select r.file_id, r.id, s.worker_id, s.readiness from successor s join critical_role r on r.id = s.role_id"
                + " where r.la_code = ? order by r.id, s.id", (rs, n) -> new SuccessorsFile.Row(fileId(rs.getString(1), rs.getLong(2)),
                        rs.getString(3), Coded.fromCode(Readiness.class, rs.getString(4)).orElseThrow()), laCode);
    }

    /** The authority's level changes as rows of level_changes.csv, in the order they were recorded. */
    public List<LevelChangesFile.Row> levels(String laCode) {
        return jdbc.query("select worker_id, level_code, from_date from career_level_change where la_code = ? order by id",
                (rs, n) -> new LevelChangesFile.Row(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()), laCode);
    }

    private static List<String> successorKey(SuccessorsFile.Row row) {
        return List.of(row.roleId(), row.workerId());
    }

    /**
     * {@code register} with the four files as Retain would hold them after importing it: the rows of the tables,
     * then the register's own rows that they do not hold. A file neither holds stays as the register has it (or
     * absent).
     */
    @Override
    public Register withRecorded(Register register) {
        String la = register.authority().laCode();
        Register held = merged(register, TransferRequestsFile.class, transfers(la), TransferRequestsFile.Row::transferId);
        held = merged(held, CriticalRolesFile.class, roles(la), CriticalRolesFile.Row::roleId);
        held = merged(held, SuccessorsFile.class, successors(la), CareersFiles::successorKey);
        return merged(held, LevelChangesFile.class, levels(la), row -> row);
    }

    private static <T> Register merged(Register register, Class<? extends BundleFileType<T>> type, List<T> held,
            Function<T, Object> key) {
        if (held.isEmpty()) {
            return register;
        }
        List<T> all = new ArrayList<>(held);
        Set<Object> keys = new HashSet<>();
        held.forEach(row -> keys.add(key.apply(row)));
        if (register.has(type)) {
            for (T row : register.rows(type)) {
                if (keys.add(key.apply(row))) {
                    all.add(row);
                }
            }
        }
        return register.withRows(type, all);
    }

    /** Adds the rows of the imported files that the tables do not hold; the import's transaction is the caller's. */
    @Override
    public void bringIn(Register imported) {
        String la = imported.authority().laCode();
        if (imported.has(TransferRequestsFile.class)) {
            Set<String> held = new HashSet<>();
            transfers(la).forEach(row -> held.add(row.transferId()));
            imported.rows(TransferRequestsFile.class).stream().filter(row -> held.add(row.transferId()))
                    .forEach(row -> insertTransfer(la, row));
        }
        Map<String, Long> roleIds = new HashMap<>();
        jdbc.query("select file_id, id from critical_role where la_code = ?",
                rs -> { roleIds.put(fileId(rs.getString(1), rs.getLong(2)), rs.getLong(2)); }, la);
        if (imported.has(CriticalRolesFile.class)) {
            for (CriticalRolesFile.Row row : imported.rows(CriticalRolesFile.class)) {
                if (!roleIds.containsKey(row.roleId())) {
                    jdbc.update("insert into critical_role (la_code, file_id, name, post_id, job_role, team_id, named_by) values (?, ?, ?, ?, ?, ?, ?)",
                            la, row.roleId(), row.name(), row.postId(), Written.code(row.jobRole()), row.teamId(), IMPORTED_BY);
                    roleIds.put(row.roleId(), jdbc.queryForObject("select id from critical_role where la_code = ? and file_id = ?",
                            Long.class, la, row.roleId()));
                }
            }
        }
        if (imported.has(SuccessorsFile.class)) {
            Set<List<String>> held = new HashSet<>();
            successors(la).forEach(row -> held.add(successorKey(row)));
            // The bundle's rules make every role_id one of its critical_roles.csv, which is brought in above.
            imported.rows(SuccessorsFile.class).stream().filter(row -> held.add(successorKey(row)))
                    .forEach(row -> jdbc.update("insert into successor (role_id, worker_id, readiness, named_by) values (?, ?, ?, ?)",
                            roleIds.get(row.roleId()), row.workerId(), row.readiness().code(), IMPORTED_BY));
        }
        if (imported.has(LevelChangesFile.class)) {
            Set<LevelChangesFile.Row> held = new HashSet<>(levels(la));
            Timestamp now = Timestamp.from(clock.instant());
            imported.rows(LevelChangesFile.class).stream().filter(held::add)
                    .forEach(row -> jdbc.update("insert into career_level_change (la_code, worker_id, level_code, from_date, recorded_by,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?)", la, row.workerId(), row.levelCode(), Date.valueOf(row.fromDate()),
                            IMPORTED_BY, now));
        }
    }

    private void insertTransfer(String la, TransferRequestsFile.Row row) {
        boolean decided = row.status() != TransferStatus.REQUESTED;
        Timestamp decidedAt = row.decidedOn() == null ? null
                : Timestamp.from(row.decidedOn().atStartOfDay(clock.getZone()).toInstant());
        jdbc.update("insert into transfer_request (la_code, file_id, worker_id, from_team_id, to_team_id, reason, requested_on,"
                + " requested_by, status, current_agrees, current_by, receiving_agrees, receiving_by, move_on, decided_by, decided_at,"
                + " decision_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {la, row.transferId(), row.workerId(), row.fromTeamId(), row.toTeamId(), row.reason(),
                        Date.valueOf(row.requestedOn()), IMPORTED_BY, row.status().code(), row.currentAgrees(),
                        row.currentAgrees() == null ? null : IMPORTED_BY, row.receivingAgrees(),
                        row.receivingAgrees() == null ? null : IMPORTED_BY, row.moveOn() == null ? null : Date.valueOf(row.moveOn()),
                        decided ? IMPORTED_BY : null, decidedAt, row.decisionNote()},
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                        Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.DATE,
                        Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR});
    }
}
