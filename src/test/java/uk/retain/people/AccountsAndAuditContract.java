package uk.retain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.retain.audit.AuditTrail;
import uk.retain.audit.AuditTrail.Search;
import uk.retain.people.Audited.Action;

/** Accounts, lockout and the audit trail against a real database; subclasses run it on H2 and PostgreSQL. */
@SpringBootTest(properties = "retain.demo.load=never")
abstract class AccountsAndAuditContract {

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    /**
     * Reading an account takes one pooled connection at a time: with a pool of one it still answers. (It once asked
     * for the account's teams while the account's row was still being read, so every call held one connection and
     * waited for a second; a burst of calls then held the whole pool and none ever finished.)
     */
    @Test
    void anAccountIsReadWithOneConnectionAtATime() {
        String name = "pool." + System.nanoTime();
        accounts.create(new Account(name, "Pool Test", Role.TEAM_MANAGER, "999", null, Set.of("T1"), null), "a long enough password");
        com.zaxxer.hikari.HikariDataSource shared = (com.zaxxer.hikari.HikariDataSource) dataSource;
        com.zaxxer.hikari.HikariConfig one = new com.zaxxer.hikari.HikariConfig();
        one.setJdbcUrl(shared.getJdbcUrl());
        one.setUsername(shared.getUsername());
        one.setPassword(shared.getPassword());
        one.setMaximumPoolSize(1);
        one.setConnectionTimeout(1_000);
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(one)) {
            Accounts onOneConnection = new Accounts(new org.springframework.jdbc.core.JdbcTemplate(pool), passwords);

            assertThat(onOneConnection.find(name)).hasValueSatisfying(stored -> assertThat(stored.account().teamIds()).containsExactly("T1"));
        }
    }

    @Test
    void fiveFailedSignInsLockAndASignInClears() {
        String name = "lock." + System.nanoTime();
        accounts.create(new Account(name, "Lock Test", Role.TEAM_MANAGER, "999", null, Set.of("T1", "T2"), null), "a long enough password");

        Accounts.Stored stored = accounts.find(name).orElseThrow();
        assertThat(stored.account().teamIds()).containsExactlyInAnyOrder("T1", "T2");
        assertThat(stored.passwordHash()).startsWith("$2").doesNotContain("a long enough password");
        assertThat(stored.lockedUntil()).isNull();

        for (int i = 0; i < Accounts.MAX_FAILED_SIGN_INS - 1; i++) {
            accounts.recordFailedSignIn(name);
        }
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).as("four failures do not lock").isNull();
        accounts.recordFailedSignIn(name);
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60));

        accounts.recordSignIn(name);
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void auditIsSearchableByUserActionSubjectAndDate() {
        String user = "auditor." + System.nanoTime();
        audit.record(user, "999", Action.VIEW, "worker", "W1", null);
        audit.record(user, "999", Action.EXPORT, "team", "T1", "workers.csv");
        audit.record("someone.else", "999", Action.VIEW, "worker", "W1", null);

        assertThat(audit.search(new Search(user, null, null, null, null), 0, 10)).hasSize(2)
                .first().satisfies(e -> assertThat(e.action()).isEqualTo(Action.EXPORT));
        assertThat(audit.count(new Search(user, Action.VIEW, "W1", LocalDate.now().minusDays(1), LocalDate.now()))).isEqualTo(1);
        assertThat(audit.count(new Search(user, null, null, LocalDate.now().plusDays(1), null))).isZero();
        assertThat(audit.search(new Search(user, null, null, null, null), 0, 10)).allSatisfy(e -> {
            assertThat(e.address()).isNotBlank();
            assertThat(e.occurredAt()).isBefore(Instant.now().plusSeconds(1));
        });
    }
}
