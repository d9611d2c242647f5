package uk.retain.support;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.people.security.SignedIn;

/** MockMvc requests made as a signed-in user of a given role and scope, without a password round trip. */
public final class SignedInAs {

    private record Principal(Account account) implements SignedIn {
    }

    private SignedInAs() {
    }

    public static RequestPostProcessor account(Account account) {
        return authentication(new UsernamePasswordAuthenticationToken(new Principal(account), null,
                List.of(new SimpleGrantedAuthority(account.role().authority()))));
    }

    /** A user of {@code role} in authority 999, with the given teams (team manager) or worker (social worker). */
    public static RequestPostProcessor role(Role role, Set<String> teams, String workerId) {
        return account(new Account(role.code(), role.name(), role, role == Role.REGIONAL_ANALYST ? null : "999",
                role == Role.REGIONAL_ANALYST ? "E12000006" : null, teams, workerId));
    }

    public static RequestPostProcessor role(Role role) {
        return role(role, Set.of(), null);
    }
}
