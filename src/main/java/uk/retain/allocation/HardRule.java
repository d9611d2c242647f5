package uk.retain.allocation;

import java.util.Locale;

/**
 * The caseload policy's rules an allocation never breaks, as the recommender and every acceptance check them; in
 * words from {@code allocation.rule.<code>}.
 */
public enum HardRule {
    WORKER_AVAILABLE, CASE_HOLDING_ROLE, WITHIN_TEAM, WITHIN_CAP, WITHIN_POINTS, NEWLY_QUALIFIED_NEVER_ALONE,
    CO_WORKER_ONLY_WHERE_NEEDED, CO_WORKER_NOT_THE_PRIMARY;

    public String key() {
        return "allocation.rule." + name().toLowerCase(Locale.ROOT);
    }
}
