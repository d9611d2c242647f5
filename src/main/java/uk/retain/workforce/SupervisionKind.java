package uk.retain.workforce;

/** The kind of supervision session held. */
public enum SupervisionKind implements Coded {
    ONE_TO_ONE("one_to_one"),
    GROUP("group"),
    REFLECTIVE("reflective");

    private final String code;

    SupervisionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
