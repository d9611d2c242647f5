package uk.retain.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.workforce.Coded;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;

/**
 * Succession plans: an authority's critical roles (a post, or a job role, in one team or any) and their named
 * successors with their readiness. A role is held on a day by the workers whose rows in force that day fill its post,
 * or (by role) whose main row has its job role (in its team, when it names one). A role has <b>no ready successor</b>
 * on a day when none of its successors is ready now and in employment that day.
 */
@Service
public class Succession {

    public static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;

    Succession(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A critical role: by post ({@code postId}) or by job role ({@code jobRole}, and {@code teamId} or null). */
    public record CriticalRole(long id, String name, String postId, JobRole jobRole, String teamId) {
    }

    public record Successor(long id, long roleId, String workerId, Readiness readiness) {
    }

    public List<CriticalRole> roles(String laCode) {
        return jdbc.query("select id, name, post_id, job_role, team_id from critical_role where la_code = ? order by name, id",
                (rs, n) -> new CriticalRole(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : Coded.fromCode(JobRole.class, rs.getString(4)).orElseThrow(), rs.getString(5)),
                laCode);
    }

    /** The successors of the authority's roles, by role id, readiest first. */
    public Map<Long, List<Successor>> successors(String laCode) {
        Map<Long, List<Successor>> byRole = new LinkedHashMap<>();
        jdbc.query("select s.id, s.role_id, s.worker_id, s.readiness from successor s join critical_role r on r.id = s.role_id"
                + " where r.la_code = ? order by s.role_id, s.id", rs -> {
                    Successor s = new Successor(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            Coded.fromCode(Readiness.class, rs.getString(4)).orElseThrow());
                    byRole.computeIfAbsent(s.roleId(), id -> new ArrayList<>()).add(s);
                }, laCode);
        byRole.values().forEach(list -> list.sort(java.util.Comparator.comparing(Successor::readiness)));
        return byRole;
    }

    /** Names a critical role; the caller has checked it names a post of the register or a job role. Answers its id. */
    @Transactional
    public long addRole(String laCode, String name, String postId, JobRole jobRole, String teamId, String by) {
        return addRole(laCode, name, postId, jobRole, teamId, by, id -> { });
    }

    /** The same, with {@code alongside} (its audit record) given the new id in the same transaction. */
    @Transactional
    public long addRole(String laCode, String name, String postId, JobRole jobRole, String teamId, String by,
            java.util.function.LongConsumer alongside) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into critical_role (la_code, name, post_id, job_role, team_id, named_by)"
                    + " values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, laCode);
            statement.setString(2, name);
            statement.setString(3, postId);
            statement.setString(4, jobRole == null ? null : jobRole.code());
            statement.setString(5, teamId);
            statement.setString(6, by);
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        alongside.accept(id);
        return id;
    }

    /** Names (or, when named already, re-grades) a successor of the authority's role; false when the role is not its. */
    @Transactional
    public boolean nameSuccessor(String laCode, long roleId, String workerId, Readiness readiness, String by) {
        return nameSuccessor(laCode, roleId, workerId, readiness, by, () -> { });
    }

    /** The same, with {@code alongside} (its audit record) run in the same transaction when the successor is named. */
    @Transactional
    public boolean nameSuccessor(String laCode, long roleId, String workerId, Readiness readiness, String by, Runnable alongside) {
        Integer held = jdbc.queryForObject("select count(*) from critical_role where id = ? and la_code = ?", Integer.class, roleId, laCode);
        if (held == 0) {
            return false;
        }
        if (jdbc.update("update successor set readiness = ?, named_by = ? where role_id = ? and worker_id = ?", readiness.code(), by,
                roleId, workerId) == 0) {
            jdbc.update("insert into successor (role_id, worker_id, readiness, named_by) values (?, ?, ?, ?)", roleId, workerId,
                    readiness.code(), by);
        }
        alongside.run();
        return true;
    }

    /**
     * A role or successor just removed, as the audit names it: the role's name and its id in the bundle files
     * ({@code role_id}), and the successors that went with it.
     */
    public record Removed(String roleName, String fileId, List<Successor> successors) {
    }

    /** Removes the worker as a successor of the authority's role; empty when the role does not name them (or is not its). */
    @Transactional
    public Optional<Removed> removeSuccessor(String laCode, long roleId, String workerId) {
        return removeSuccessor(laCode, roleId, workerId, removed -> { });
    }

    /** The same, with {@code alongside} (its audit record) given what was removed, in the same transaction. */
    @Transactional
    public Optional<Removed> removeSuccessor(String laCode, long roleId, String workerId, Consumer<Removed> alongside) {
        Optional<Removed> role = held(laCode, roleId);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        List<Successor> named = role.get().successors().stream().filter(s -> s.workerId().equals(workerId)).toList();
        if (named.isEmpty() || jdbc.update("delete from successor where role_id = ? and worker_id = ?", roleId, workerId) == 0) {
            return Optional.empty();
        }
        Removed removed = new Removed(role.get().roleName(), role.get().fileId(), named);
        alongside.accept(removed);
        return Optional.of(removed);
    }

    /** Removes the authority's critical role with its successors; empty when it holds no such role. */
    @Transactional
    public Optional<Removed> removeRole(String laCode, long roleId) {
        return removeRole(laCode, roleId, removed -> { });
    }

    /** The same, with {@code alongside} (its audit record) given what was removed, in the same transaction. */
    @Transactional
    public Optional<Removed> removeRole(String laCode, long roleId, Consumer<Removed> alongside) {
        Optional<Removed> role = held(laCode, roleId);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("delete from successor where role_id = ?", roleId);
        if (jdbc.update("delete from critical_role where id = ? and la_code = ?", roleId, laCode) == 0) {
            return Optional.empty();
        }
        alongside.accept(role.get());
        return role;
    }

    private Optional<Removed> held(String laCode, long roleId) {
        List<Removed> roles = jdbc.query("select name, file_id from critical_role where id = ? and la_code = ? for update",
                (rs, n) -> new Removed(rs.getString(1), CareersFiles.fileId(rs.getString(2), roleId), new ArrayList<>()), roleId, laCode);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        roles.getFirst().successors().addAll(successors(laCode).getOrDefault(roleId, List.of()));
        return Optional.of(roles.getFirst());
    }

    /** The workers holding the role on the day. */
    public static List<String> holders(Register register, CriticalRole role, LocalDate day) {
        Map<String, List<Employment>> rows = new LinkedHashMap<>();
        register.employments().stream().filter(row -> row.inForceOn(day))
                .forEach(row -> rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));
        List<String> holders = new ArrayList<>();
        rows.forEach((workerId, on) -> {
            boolean holds = role.postId() != null ? on.stream().anyMatch(row -> role.postId().equals(row.postId()))
                    : Employment.main(on).jobRole() == role.jobRole()
                            && (role.teamId() == null || role.teamId().equals(Employment.main(on).teamId()));
            if (holds) {
                holders.add(workerId);
            }
        });
        return holders;
    }

    /** Whether none of the successors is ready now and in employment on the day. */
    public static boolean noReadySuccessor(Register register, List<Successor> successors, LocalDate day) {
        return successors.stream().noneMatch(s -> s.readiness() == Readiness.READY_NOW
                && register.employments().stream().anyMatch(row -> row.workerId().equals(s.workerId()) && row.inForceOn(day)));
    }
}
