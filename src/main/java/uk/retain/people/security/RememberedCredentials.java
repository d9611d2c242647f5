package uk.retain.people.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic on the stateless API checks the password on every call, and a bcrypt check costs far more than a
 * measures call may take. This remembers a successful check for {@link #REMEMBER} under a keyed SHA-256 of the
 * name and password (never the password itself), so a script's repeated calls cost one bcrypt check a minute.
 *
 * <p>A remembered check is only as good as the account it was made on: each call reads the account again (one small
 * query, as each call reads the register's version) and forgets the check at once when the account has been locked
 * or disabled, its password or its role and scope changed since, or it is gone. The call is then checked in full,
 * so it fails as any sign-in to such an account fails, and is audited as one.
 *
 * <p>One check runs at a time for a name and password: calls that arrive while it runs wait for its answer instead
 * of each running bcrypt (when a busy script's remembered check expires, dozens of its calls arrive together and
 * would otherwise fill every core for seconds; docs/performance.md). A waiter refused is refused with the same
 * exception, so each call still counts and is audited as an attempt.
 */
final class RememberedCredentials implements AuthenticationProvider {

    static final Duration REMEMBER = Duration.ofSeconds(60);

    private record Remembered(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider checker;
    private final UserDetailsService users;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

    RememberedCredentials(AuthenticationProvider checker, UserDetailsService users, Clock clock) {
        this.checker = checker;
        this.users = users;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String fingerprint = fingerprint(request.getName(), String.valueOf(request.getCredentials()));
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null && now.isBefore(known.until()) && stillAsChecked(known.authentication())) {
            return known.authentication();
        }
        if (known != null) {
            remembered.remove(fingerprint);
        }
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = checking.putIfAbsent(fingerprint, mine);
        if (running != null) {
            return answerOf(running);
        }
        try {
            Authentication checked = checker.authenticate(request);
            if (checked != null && checked.isAuthenticated()) {
                if (remembered.size() > 10_000) {
                    remembered.clear();
                }
                remembered.put(fingerprint, new Remembered(checked, now.plus(REMEMBER)));
            }
            mine.complete(checked);
            return checked;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(fingerprint, mine);
        }
    }

    /** The answer of the check another call is running for the same name and password, or its exception. */
    private static Authentication answerOf(CompletableFuture<Authentication> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Whether the account is still the one the check was made on, enabled and not locked. */
    private boolean stillAsChecked(Authentication checked) {
        if (!(checked.getPrincipal() instanceof UserDetails then)) {
            return false;
        }
        UserDetails now;
        try {
            now = users.loadUserByUsername(then.getUsername());
        } catch (UsernameNotFoundException gone) {
            return false;
        }
        return now.isEnabled() && now.isAccountNonLocked() && now.isAccountNonExpired() && now.isCredentialsNonExpired()
                && Objects.equals(now.getPassword(), then.getPassword())
                && now instanceof SignedIn current && then instanceof SignedIn before
                && current.account().equals(before.account());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
