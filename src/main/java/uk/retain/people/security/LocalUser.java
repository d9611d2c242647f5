package uk.retain.people.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import uk.retain.people.Account;
import uk.retain.people.Accounts;

/** A user who signs in with a Retain password. */
record LocalUser(Account account, String passwordHash, boolean enabled, Instant lockedUntil) implements UserDetails, SignedIn {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || Instant.now().isAfter(lockedUntil);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Looks local users up in the accounts table; an account without a password cannot sign in locally. */
    @Service
    static class Lookup implements UserDetailsService {

        private final Accounts accounts;

        Lookup(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public UserDetails loadUserByUsername(String username) {
            return accounts.find(username)
                    .filter(stored -> stored.passwordHash() != null)
                    .map(stored -> new LocalUser(stored.account(), stored.passwordHash(), stored.enabled(), stored.lockedUntil()))
                    .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        }
    }
}
