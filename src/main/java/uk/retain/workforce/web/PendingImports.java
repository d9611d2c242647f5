package uk.retain.workforce.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.retain.people.Viewer;
import uk.retain.workforce.ImportPreview;
import uk.retain.workforce.Register;

/**
 * Uploaded bundles waiting for the administrator to confirm their import, held in this server's memory (never in
 * the HTTP session, which may be stored in the database): each under a random token, for the viewer who uploaded
 * it only, for {@code retain.import.pending.minutes} (30), at most {@code retain.import.pending.max} (3) of them,
 * the oldest dropped first, and one per viewer (a new upload replaces their last). Each holds its parsed bundle,
 * so their number bounds the memory; a dropped or expired upload is simply uploaded again.
 */
@Component
class PendingImports {

    /** An upload checked and waiting: its register, what it would change, and whose it is. */
    record Pending(String token, String username, String laCode, String fileName, Register register, ImportPreview preview,
            Instant expires) {

        boolean heldFor(Viewer viewer) {
            return username.equals(viewer.account().username()) && laCode.equals(viewer.laCode());
        }
    }

    private final int max;
    private final Duration keep;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> held = new LinkedHashMap<>();

    PendingImports(@Value("${retain.import.pending.max:3}") int max, @Value("${retain.import.pending.minutes:30}") long minutes,
            Clock clock) {
        if (max < 1 || minutes < 1) {
            throw new IllegalArgumentException("retain.import.pending.max and .minutes must be at least 1");
        }
        this.max = max;
        this.keep = Duration.ofMinutes(minutes);
        this.clock = clock;
    }

    /** Holds the viewer's checked upload, replacing any earlier one of theirs, and answers it with its new token. */
    synchronized Pending hold(Viewer viewer, String fileName, Register register, ImportPreview preview) {
        purge();
        held.values().removeIf(pending -> pending.heldFor(viewer));
        while (held.size() >= max) {
            Iterator<String> oldest = held.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Pending pending = new Pending(token, viewer.account().username(), viewer.laCode(), fileName, register, preview,
                clock.instant().plus(keep));
        held.put(token, pending);
        return pending;
    }

    /** The viewer's upload under {@code token}; empty when there is none, it expired, or it is someone else's. */
    synchronized Optional<Pending> find(Viewer viewer, String token) {
        purge();
        return Optional.ofNullable(token == null ? null : held.get(token)).filter(pending -> pending.heldFor(viewer));
    }

    /** The same upload checked again against the register as it now stands, under the same token, its time renewed. */
    synchronized Pending recheck(Pending pending, ImportPreview preview) {
        Pending again = new Pending(pending.token(), pending.username(), pending.laCode(), pending.fileName(),
                pending.register(), preview, clock.instant().plus(keep));
        held.remove(pending.token());
        held.put(pending.token(), again);
        return again;
    }

    /** Forgets an upload: it was imported. */
    synchronized void drop(Pending pending) {
        held.remove(pending.token());
    }

    synchronized int size() {
        purge();
        return held.size();
    }

    private void purge() {
        Instant now = clock.instant();
        held.values().removeIf(pending -> !pending.expires().isAfter(now));
    }
}
