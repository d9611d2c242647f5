package uk.retain.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The first few failures of a user name are recorded, then one every ten seconds with the count held back. */
class FailedSignInAuditTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2025-09-30T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final String WRONG = "wrong password";

    private final Moving clock = new Moving();
    private final FailedSignInAudit audit = new FailedSignInAudit(clock);

    @Test
    void theFirstFewAreRecordedThenOneEveryTenSecondsWithHowManyWereNot() {
        for (int i = 0; i < FailedSignInAudit.FIRST_FEW; i++) {
            assertThat(audit.attempt("ann", WRONG)).as("attempt %d", i + 1).contains("");
        }
        for (int i = 0; i < 40; i++) {
            assertThat(audit.attempt("ann", WRONG)).isEmpty();
        }
        clock.pass(Duration.ofSeconds(9));
        assertThat(audit.attempt("ann", WRONG)).isEmpty();
        clock.pass(Duration.ofSeconds(1));
        assertThat(audit.attempt("ann", WRONG)).contains("; 41 more failed attempt(s) for this user not recorded since the last record");
        assertThat(audit.attempt("ann", WRONG)).isEmpty();
        clock.pass(Duration.ofSeconds(10));
        assertThat(audit.attempt("ann", WRONG)).contains("; 1 more failed attempt(s) for this user not recorded since the last record");
    }

    @Test
    void eachUserNameHasItsOwnAllowance() {
        for (int i = 0; i < 10; i++) {
            audit.attempt("ann", WRONG);
        }
        assertThat(audit.attempt("bob", WRONG)).contains("");
    }

    @Test
    void aQuietSpellStartsANewRunAndTheCountHeldBackIsStillTold() {
        for (int i = 0; i < FailedSignInAudit.FIRST_FEW + 3; i++) {
            audit.attempt("ann", WRONG);
        }
        clock.pass(FailedSignInAudit.QUIET);
        assertThat(audit.attempt("ann", WRONG)).contains("; 3 other failed attempt(s) not recorded");
        assertThat(audit.attempt("ann", WRONG)).contains("");
    }

    @Test
    void aFloodOverManyUserNamesIsCappedToo() {
        int written = 0;
        for (int i = 0; i < 1_000; i++) {
            Optional<String> note = audit.attempt("user" + i, WRONG);
            written += note.isPresent() ? 1 : 0;
        }
        assertThat(written).isEqualTo(FailedSignInAudit.MAX_PER_INTERVAL);
        clock.pass(FailedSignInAudit.INTERVAL);
        assertThat(audit.attempt("user0", WRONG)).contains("; 900 other failed attempt(s) not recorded");
    }

    @Test
    void theFirstAttemptAfterTheLockIsRecordedWhateverTheCount() {
        for (int i = 0; i < FailedSignInAudit.FIRST_FEW; i++) {
            audit.attempt("ann", WRONG);
        }
        assertThat(audit.attempt("ann", "locked")).contains("");
        assertThat(audit.attempt("ann", "locked")).isEmpty();
        assertThat(audit.attempt("ann", "locked")).isEmpty();
    }
}
