package uk.retain.people.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which failed sign-ins are written to the audit trail, so that a flood of them cannot fill the disk: per user name,
 * the first {@value #FIRST_FEW} of a run are written, then at most one every {@link #INTERVAL}, and always the first
 * attempt with another reason than the last one written (the first attempt after the lock); over all user names
 * at most {@value #MAX_PER_INTERVAL} in any {@link #INTERVAL}. The next record written says how many were not (a
 * run ends after {@link #QUIET} without a failure). Every attempt is still counted towards the lockout; only its
 * record is held back.
 */
final class FailedSignInAudit {

    static final int FIRST_FEW = 5;
    static final Duration INTERVAL = Duration.ofSeconds(10);
    static final Duration QUIET = Duration.ofMinutes(15);
    static final int MAX_PER_INTERVAL = 100;
    /** User names tracked at once; past this the runs that have gone quiet are dropped, then the oldest. */
    static final int MAX_TRACKED = 10_000;

    private static final class Run {
        int written;
        int notWritten;
        Instant lastWritten;
        Instant lastAttempt;
        String lastReason;
    }

    private final Clock clock;
    private final Map<String, Run> runs = new LinkedHashMap<>(16, 0.75f, true);
    private Instant windowStart = Instant.EPOCH;
    private int writtenInWindow;
    private int notWrittenOverall;

    FailedSignInAudit(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether this failed attempt for {@code username}, refused for {@code reason}, is written: the detail to add to
     * its record (empty text, or how many attempts before it were not written), or empty when it is not written.
     */
    synchronized Optional<String> attempt(String username, String reason) {
        Instant now = clock.instant();
        Run run = runs.get(username);
        if (run == null || !now.isBefore(run.lastAttempt.plus(QUIET))) {
            if (run != null && run.notWritten > 0) {
                notWrittenOverall += run.notWritten;
            }
            run = new Run();
            runs.put(username, run);
            trim(now);
        }
        run.lastAttempt = now;
        if (!now.isBefore(windowStart.plus(INTERVAL))) {
            windowStart = now;
            writtenInWindow = 0;
        }
        boolean due = run.written < FIRST_FEW || !now.isBefore(run.lastWritten.plus(INTERVAL))
                || !reason.equals(run.lastReason);
        if (!due) {
            run.notWritten++;
            return Optional.empty();
        }
        if (writtenInWindow >= MAX_PER_INTERVAL) {
            notWrittenOverall++;
            return Optional.empty();
        }
        StringBuilder note = new StringBuilder();
        if (run.notWritten > 0) {
            note.append("; ").append(run.notWritten).append(" more failed attempt(s) for this user not recorded since the last record");
        }
        if (notWrittenOverall > 0) {
            note.append("; ").append(notWrittenOverall).append(" other failed attempt(s) not recorded");
        }
        run.written++;
        run.notWritten = 0;
        run.lastWritten = now;
        run.lastReason = reason;
        writtenInWindow++;
        notWrittenOverall = 0;
        return Optional.of(note.toString());
    }

    private void trim(Instant now) {
        if (runs.size() <= MAX_TRACKED) {
            return;
        }
        runs.values().removeIf(run -> {
            boolean quiet = !now.isBefore(run.lastAttempt.plus(QUIET));
            if (quiet) {
                notWrittenOverall += run.notWritten;
            }
            return quiet;
        });
        var oldest = runs.entrySet().iterator();
        while (runs.size() > MAX_TRACKED && oldest.hasNext()) {
            notWrittenOverall += oldest.next().getValue().notWritten;
            oldest.remove();
        }
    }
}
