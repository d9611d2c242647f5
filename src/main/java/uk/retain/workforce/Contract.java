package uk.retain.workforce;

/** The kind of contract an employment row is held on: permanent and fixed-term are non-agency. */
public enum Contract implements Coded {
    PERMANENT("permanent"),
    FIXED_TERM("fixed_term"),
    AGENCY("agency");

    private final String code;

    Contract(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Agency and locum staff are counted apart from the council's own in every DfE measure. */
    public boolean isAgency() {
        return this == AGENCY;
    }
}
