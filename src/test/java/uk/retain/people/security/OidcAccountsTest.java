package uk.retain.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.retain.people.Account;
import uk.retain.people.Role;

/** A provider's groups claim decides the Retain role and teams; no mapped group means no access. */
class OidcAccountsTest {

    private final OidcAccounts mapping = new OidcAccounts("999", null,
            Map.of("cs-tm", "team_manager", "cs-hr", "hr", "all-staff", "nonsense"),
            Map.of("cs-north", "T1", "cs-south", "T2"), null);

    @Test
    void groupsGiveRoleAndTeams() {
        Account account = mapping.account("tara", "Tara", Map.of("groups", List.of("all-staff", "cs-tm", "cs-north"))).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(account.teamIds()).containsExactly("T1");
        assertThat(account.laCode()).isEqualTo("999");
    }

    @Test
    void theFirstRoleInRoleOrderWinsAndTheWorkerClaimIsRead() {
        Account account = mapping.account("sam", null, Map.of("groups", List.of("cs-hr", "cs-tm"), "employee_id", "W7")).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(account.workerId()).isEqualTo("W7");
        assertThat(account.displayName()).isEqualTo("sam");
    }

    @Test
    void noMappedGroupMeansNoAccount() {
        assertThat(mapping.account("x", "X", Map.of("groups", List.of("all-staff")))).isEmpty();
        assertThat(mapping.account("x", "X", Map.of())).isEmpty();
    }
}
