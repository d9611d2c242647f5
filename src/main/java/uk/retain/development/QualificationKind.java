package uk.retain.development;

import uk.retain.workforce.Coded;

/**
 * A post-qualifying award: practice educator stages 1 and 2, approved mental health professional, best interests
 * assessor, practice supervisor, or another.
 */
public enum QualificationKind implements Coded {
    PRACTICE_EDUCATOR_1("practice_educator_1"),
    PRACTICE_EDUCATOR_2("practice_educator_2"),
    AMHP("amhp"),
    BIA("bia"),
    PRACTICE_SUPERVISOR("practice_supervisor"),
    OTHER("other");

    private final String code;

    QualificationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
