package uk.retain.workforce;

/** The service area a team works in (the {@code service} column of teams.csv), named so that it never reads as Spring's {@code @Service}. */
public enum ServiceArea implements Coded {
    FRONT_DOOR("front_door"),
    ASSESSMENT("assessment"),
    CHILD_IN_NEED("child_in_need"),
    CHILD_PROTECTION("child_protection"),
    CHILDREN_IN_CARE("children_in_care"),
    CARE_LEAVERS("care_leavers"),
    DISABLED_CHILDREN("disabled_children"),
    COURT("court"),
    FOSTERING("fostering"),
    ADOPTION("adoption"),
    OTHER("other");

    private final String code;

    ServiceArea(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
