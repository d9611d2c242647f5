package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.Register;
import uk.retain.workforce.BundleChanges;
import uk.retain.workforce.web.PendingImports.Pending;

/** The uploads waiting for confirmation: for their uploader only, for a while, and never more than a few. */
class PendingImportsTest {

    static final Register SMALL = read();

    /** A clock the test moves on. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Moving clock = new Moving();
    private final PendingImports pending = new PendingImports(2, 30, clock);

    @Test
    void anUploadIsFoundByItsUploaderUntilItExpires() {
        Pending held = pending.hold(admin("ada", "999"), "a.zip", SMALL, preview());

        assertThat(held.token()).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(pending.find(admin("ada", "999"), held.token())).hasValue(held);
        assertThat(pending.find(admin("bob", "999"), held.token())).as("another administrator").isEmpty();
        assertThat(pending.find(admin("ada", "998"), held.token())).as("the same name in another authority").isEmpty();
        assertThat(pending.find(admin("ada", "999"), null)).isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(pending.find(admin("ada", "999"), held.token())).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(pending.find(admin("ada", "999"), held.token())).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void aViewerHasOneUploadHeldAndTheOldestGoesWhenTheHolderIsFull() {
        Pending first = pending.hold(admin("ada", "999"), "a.zip", SMALL, preview());
        Pending again = pending.hold(admin("ada", "999"), "b.zip", SMALL, preview());
        assertThat(pending.find(admin("ada", "999"), first.token())).isEmpty();
        assertThat(first.token()).isNotEqualTo(again.token());

        Pending bob = pending.hold(admin("bob", "999"), "c.zip", SMALL, preview());
        Pending cy = pending.hold(admin("cy", "999"), "d.zip", SMALL, preview());

        assertThat(pending.size()).isEqualTo(2);
        assertThat(pending.find(admin("ada", "999"), again.token())).as("the oldest, dropped").isEmpty();
        assertThat(pending.find(admin("bob", "999"), bob.token())).isPresent();
        assertThat(pending.find(admin("cy", "999"), cy.token())).isPresent();
    }

    @Test
    void aRecheckKeepsTheTokenAndRenewsTheTimeAndADropForgets() {
        Pending held = pending.hold(admin("ada", "999"), "a.zip", SMALL, preview());
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        ImportPreview newer = new ImportPreview(SMALL, 7, BundleChanges.between(SMALL, SMALL), java.util.List.of());

        Pending again = pending.recheck(held, newer);

        assertThat(again.token()).isEqualTo(held.token());
        assertThat(again.expires()).isEqualTo(clock.now.plus(Duration.ofMinutes(30)));
        assertThat(pending.find(admin("ada", "999"), held.token())).hasValueSatisfying(p -> assertThat(p.preview().version()).isEqualTo(7));
        pending.drop(again);
        assertThat(pending.find(admin("ada", "999"), held.token())).isEmpty();
    }

    private static ImportPreview preview() {
        return new ImportPreview(null, 0, BundleChanges.between(null, SMALL), java.util.List.of());
    }

    private static Viewer admin(String username, String laCode) {
        return new Viewer(new Account(username, username, Role.ADMINISTRATOR, laCode, null, Set.of(), null));
    }

    private static Register read() {
        try {
            return Bundles.read(java.nio.file.Path.of("src/test/resources/bundles/small"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
