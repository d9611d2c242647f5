package uk.retain.people;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local accounts: who may sign in with a password, in which role and scope, and the lockout that stops
 * guessing (after {@value #MAX_FAILED_SIGN_INS} failures the account is locked for {@link #LOCKOUT}).
 */
@Service
public class Accounts {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** A stored account with what sign-in needs. */
    public record Stored(Account account, String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    public Optional<Stored> find(String username) {
        // The row is read whole before the teams are asked for: a query run inside the row mapper would wait for a
        // second pooled connection while holding the first, and a burst of sign-ins then holds every connection
        // and waits for ever (the load benchmark's calls all timed out that way).
        Optional<Row> found = jdbc.query("select username, display_name, role, la_code, region_code, worker_id, password_hash, enabled, locked_until from app_user where username = ?",
                (rs, n) -> {
                    Timestamp locked = rs.getTimestamp(9);
                    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), locked == null ? null : locked.toInstant());
                }, username).stream().findFirst();
        return found.map(row -> new Stored(new Account(row.username(), row.displayName(), Role.ofCode(row.role()).orElseThrow(),
                row.laCode(), row.regionCode(), teams(row.username()), row.workerId()), row.passwordHash(), row.enabled(), row.lockedUntil()));
    }

    private record Row(String username, String displayName, String role, String laCode, String regionCode, String workerId,
            String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    /** The accounts of an authority (or of every authority when {@code laCode} is null), by username. */
    public List<Account> list(String laCode) {
        return jdbc.query("select username from app_user where (? is null or la_code = ?) order by username",
                (rs, n) -> rs.getString(1), laCode, laCode).stream().map(name -> find(name).orElseThrow().account()).toList();
    }

    /** The regional analysts of a region (accounts of no authority), by username. */
    public List<Account> listRegion(String regionCode) {
        return jdbc.query("select username from app_user where la_code is null and region_code = ? order by username",
                (rs, n) -> rs.getString(1), regionCode).stream().map(name -> find(name).orElseThrow().account()).toList();
    }

    public boolean exists(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username) > 0;
    }

    /** Creates an account; {@code password} may be null for one that signs in through the identity provider. */
    @Transactional
    public void create(Account account, String password) {
        jdbc.update("insert into app_user (username, display_name, role, la_code, region_code, worker_id, password_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                account.username(), account.displayName(), account.role().code(), account.laCode(), account.regionCode(),
                account.workerId(), password == null ? null : passwords.encode(password), Timestamp.from(Instant.now()));
        for (String team : account.teamIds()) {
            jdbc.update("insert into app_user_team (username, team_id) values (?, ?)", account.username(), team);
        }
    }

    /** Changes an account's role and scope (not its name or password). */
    @Transactional
    public void update(Account account) {
        jdbc.update("update app_user set display_name = ?, role = ?, la_code = ?, region_code = ?, worker_id = ? where username = ?",
                account.displayName(), account.role().code(), account.laCode(), account.regionCode(), account.workerId(), account.username());
        jdbc.update("delete from app_user_team where username = ?", account.username());
        for (String team : account.teamIds()) {
            jdbc.update("insert into app_user_team (username, team_id) values (?, ?)", account.username(), team);
        }
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("update app_user set enabled = ? where username = ?", enabled, username);
    }

    /** Counts a failed sign-in; the {@value #MAX_FAILED_SIGN_INS}th in a row locks the account. */
    public void recordFailedSignIn(String username) {
        jdbc.update("update app_user set failed_sign_ins = failed_sign_ins + 1 where username = ?", username);
        jdbc.update("update app_user set locked_until = ?, failed_sign_ins = 0 where username = ? and failed_sign_ins >= ?",
                Timestamp.from(Instant.now().plus(LOCKOUT)), username, MAX_FAILED_SIGN_INS);
    }

    public void recordSignIn(String username) {
        jdbc.update("update app_user set failed_sign_ins = 0, locked_until = null where username = ?", username);
    }

    private Set<String> teams(String username) {
        return new HashSet<>(jdbc.queryForList("select team_id from app_user_team where username = ? order by team_id", String.class, username));
    }
}
