package uk.retain.workforce;

/** Why the council works with the child. */
public enum CaseCategory implements Coded {
    ASSESSMENT("assessment"),
    CHILD_IN_NEED("child_in_need"),
    CHILD_PROTECTION("child_protection"),
    CHILD_IN_CARE("child_in_care"),
    CARE_LEAVER("care_leaver"),
    OTHER("other");

    private final String code;

    CaseCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
