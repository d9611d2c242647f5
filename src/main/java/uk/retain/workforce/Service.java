package uk.retain.workforce;

/** The service a team works in. */
public enum Service implements Coded {
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

    Service(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
