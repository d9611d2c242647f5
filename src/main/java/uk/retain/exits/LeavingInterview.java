package uk.retain.exits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An exit interview with a worker who leaves, held within 60 days of their leaving (before or after).
 *
 * @param otherReasons more reasons given, in the order the file lists them; empty when none
 * @param wouldReturn whether they would come back, or null when not asked
 * @param wouldRecommend whether they would recommend the council as an employer, or null when not asked
 */
public record LeavingInterview(
        String workerId,
        LocalDate heldOn,
        LeavingReason mainReason,
        List<LeavingReason> otherReasons,
        Boolean wouldReturn,
        Boolean wouldRecommend) {

    public LeavingInterview {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(mainReason, "mainReason");
        otherReasons = otherReasons == null ? List.of() : List.copyOf(otherReasons);
    }
}
