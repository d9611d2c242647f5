package uk.retain.development;

import uk.retain.workforce.Coded;

/** Where a transfer request is: waiting for a decision, approved (the move is made), declined, or withdrawn. */
public enum TransferStatus implements Coded {
    REQUESTED("requested"),
    APPROVED("approved"),
    DECLINED("declined"),
    WITHDRAWN("withdrawn");

    private final String code;

    TransferStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
