package uk.retain.development;

import uk.retain.workforce.Coded;

/** What a retention payment is: a golden hello on joining, or a retention allowance for staying. */
public enum RetentionPaymentKind implements Coded {
    GOLDEN_HELLO("golden_hello"),
    RETENTION_ALLOWANCE("retention_allowance");

    private final String code;

    RetentionPaymentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
