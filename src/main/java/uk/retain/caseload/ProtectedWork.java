package uk.retain.caseload;

import java.util.Optional;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Case;
import uk.retain.workforce.Coded;

/**
 * The work a newly qualified worker never holds alone: a child protection case, a case in court proceedings, or
 * both. Its code names it in {@code messages.properties} ({@code caseloads.work.<code>}).
 */
public enum ProtectedWork implements Coded {
    CHILD_PROTECTION("child_protection"),
    COURT_PROCEEDINGS("court_proceedings"),
    CHILD_PROTECTION_IN_COURT("child_protection_in_court");

    private final String code;

    ProtectedWork(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** What protected work {@code item} is, or empty when a newly qualified worker may hold it alone. */
    public static Optional<ProtectedWork> of(Case item) {
        boolean childProtection = item.category() == CaseCategory.CHILD_PROTECTION;
        if (childProtection && item.courtProceedings()) {
            return Optional.of(CHILD_PROTECTION_IN_COURT);
        }
        if (childProtection) {
            return Optional.of(CHILD_PROTECTION);
        }
        return item.courtProceedings() ? Optional.of(COURT_PROCEEDINGS) : Optional.empty();
    }
}
