package uk.retain.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * The supervision policy that applies to a worker on a day: the one place pages ask. Until an authority can set its
 * own policy, every worker is under the contract's defaults ({@link SupervisionRule#CONTRACT}); the measures in the
 * {@code measures} JSON always use those, whatever a council sets.
 */
@Service
public class SupervisionPolicies {

    /** The rule under which {@code workerId} of {@code laCode} is supervised on {@code day}. */
    public SupervisionRule ruleFor(String laCode, String workerId, LocalDate day) {
        return SupervisionRule.CONTRACT;
    }
}
