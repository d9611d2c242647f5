package uk.retain.workforce.bundle;

import java.util.Set;

import uk.retain.workforce.BundleFile;

/**
 * The identifiers the bundle's files declare, for the rules that check references between files.
 *
 * @param unreadable files that are missing or could not be read: references into them are not checked, since
 *     every row would fail for one problem already reported
 */
record DeclaredIds(Set<String> teams, Set<String> workers, Set<String> posts, Set<String> cases,
        Set<BundleFile> unreadable) {
}
