package uk.retain.workforce.bundle;

import java.util.Set;

/** The identifiers the bundle's files declare, for the rules that check references between files. */
record DeclaredIds(Set<String> teams, Set<String> workers, Set<String> posts, Set<String> cases) {
}
