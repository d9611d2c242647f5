package uk.retain.workforce;

/** Why an allocation ended. */
public enum ChangeReason implements Coded {
    WORKER_LEFT("worker_left"),
    WORKER_MOVED("worker_moved"),
    CASE_TRANSFERRED("case_transferred"),
    WORKLOAD_BALANCE("workload_balance"),
    CASE_CLOSED("case_closed"),
    OTHER("other");

    private final String code;

    ChangeReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
