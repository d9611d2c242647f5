package uk.retain.development;

import uk.retain.workforce.Coded;

/**
 * An early-career programme: the ASYE, the Early Career Development Programme that replaces it from September
 * 2027, or a council's own academy.
 */
public enum ProgrammeKind implements Coded {
    ASYE("asye"),
    ECDP("ecdp"),
    ACADEMY("academy");

    private final String code;

    ProgrammeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The programmes of newly qualified workers, whose hours carry protected development time. */
    public boolean newlyQualified() {
        return this == ASYE || this == ECDP;
    }
}
