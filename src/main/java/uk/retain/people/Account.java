package uk.retain.people;

import java.util.Set;

/**
 * A user of Retain and their scope. A user belongs to one authority ({@code laCode}); a regional analyst to a
 * region instead ({@code regionCode}).
 *
 * @param teamIds the teams a team manager manages (empty for other roles)
 * @param workerId the register's worker a social worker is (null for other roles)
 */
public record Account(
        String username,
        String displayName,
        Role role,
        String laCode,
        String regionCode,
        Set<String> teamIds,
        String workerId) implements java.io.Serializable {

    public Account {
        teamIds = Set.copyOf(teamIds);
    }
}
