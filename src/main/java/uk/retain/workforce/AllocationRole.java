package uk.retain.workforce;

/** A worker's part in a case: only the primary worker counts in DfE caseloads. */
public enum AllocationRole implements Coded {
    PRIMARY("primary"),
    CO_WORKER("co_worker");

    private final String code;

    AllocationRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
