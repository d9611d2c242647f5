package uk.retain.workforce;

/** The census ReasonAbsence code of an absence. */
public enum AbsenceReason implements Coded {
    SIC("SIC"),
    MAT("MAT"),
    OTH("OTH"),
    PUB("PUB"),
    TRN("TRN"),
    UNA("UNA"),
    UNP("UNP");

    private final String code;

    AbsenceReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
