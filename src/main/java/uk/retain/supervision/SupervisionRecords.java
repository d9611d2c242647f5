package uk.retain.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import uk.retain.workforce.Register;

/** A worker's supervision on a day under the rule the authority's policy gives them: the one place pages read it. */
@Service
public class SupervisionRecords {

    private final SupervisionPolicies policies;

    SupervisionRecords(SupervisionPolicies policies) {
        this.policies = policies;
    }

    public WorkerSupervision of(Register register, String workerId, LocalDate day) {
        return WorkerSupervision.of(register, workerId, day, policies.applied(register.authority().laCode(), workerId, day));
    }
}
