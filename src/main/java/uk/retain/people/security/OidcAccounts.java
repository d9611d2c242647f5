package uk.retain.people.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.retain.people.Account;
import uk.retain.people.Role;

/**
 * How a user who signs in through the council's OpenID Connect provider (Microsoft Entra ID, Keycloak) becomes
 * a Retain account: their groups claim names their role and teams, set in {@code retain.oidc.*}.
 *
 * @param laCode the authority every provider user belongs to
 * @param groupsClaim the claim that lists the user's groups ({@code groups} for Entra ID and Keycloak)
 * @param roles group → Retain role code, e.g. {@code retain.oidc.roles.cs-team-managers=team_manager}; the
 *     first group of the user that maps decides, in the order of {@link Role}
 * @param teams group → team_id, for team managers
 * @param workerClaim the claim holding the user's worker_id in the register, for social workers
 */
@ConfigurationProperties("retain.oidc")
public record OidcAccounts(String laCode, String groupsClaim, Map<String, String> roles, Map<String, String> teams,
        String workerClaim) {

    public OidcAccounts {
        groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        workerClaim = workerClaim == null ? "employee_id" : workerClaim;
    }

    /** The account for a provider user, or empty when none of their groups maps to a role (no access). */
    public Optional<Account> account(String username, String displayName, Map<String, Object> claims) {
        Set<String> groups = groups(claims.get(groupsClaim));
        Optional<Role> role = List.of(Role.values()).stream()
                .filter(candidate -> groups.stream().anyMatch(group -> candidate.code().equals(roles.get(group))))
                .findFirst();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Set<String> teamIds = new HashSet<>();
        groups.stream().map(teams::get).filter(team -> team != null).forEach(teamIds::add);
        Object worker = claims.get(workerClaim);
        return Optional.of(new Account(username, displayName == null ? username : displayName, role.get(), laCode, null,
                teamIds, worker == null ? null : worker.toString()));
    }

    private static Set<String> groups(Object claim) {
        Set<String> groups = new HashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> groups.add(String.valueOf(value)));
        } else if (claim != null) {
            groups.add(claim.toString());
        }
        return groups;
    }
}
