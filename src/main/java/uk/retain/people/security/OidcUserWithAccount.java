package uk.retain.people.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import uk.retain.people.Account;

/** A provider user, signed in with the Retain account their groups map to. */
final class OidcUserWithAccount extends DefaultOidcUser implements SignedIn {

    private final Account account;

    OidcUserWithAccount(OidcUser user, Account account) {
        super(List.of(new SimpleGrantedAuthority(account.role().authority())), user.getIdToken(), user.getUserInfo());
        this.account = account;
    }

    @Override
    public Account account() {
        return account;
    }

    @Override
    public String getName() {
        return account.username();
    }
}
