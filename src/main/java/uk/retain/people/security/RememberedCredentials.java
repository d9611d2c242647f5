package uk.retain.people.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic on the stateless API checks the password on every call, and a bcrypt check costs far more than a
 * measures call may take. This remembers a successful check for {@link #REMEMBER} under a keyed SHA-256 of the
 * name and password (never the password itself), so a script's repeated calls cost one bcrypt check a minute.
 * A locked or disabled account therefore keeps API access for at most that long.
 */
final class RememberedCredentials implements AuthenticationProvider {

    static final Duration REMEMBER = Duration.ofSeconds(60);

    private record Remembered(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider checker;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedCredentials(AuthenticationProvider checker, Clock clock) {
        this.checker = checker;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String fingerprint = fingerprint(request.getName(), String.valueOf(request.getCredentials()));
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication checked = checker.authenticate(request);
        if (checked != null && checked.isAuthenticated()) {
            if (remembered.size() > 10_000) {
                remembered.clear();
            }
            remembered.put(fingerprint, new Remembered(checked, now.plus(REMEMBER)));
        }
        return checked;
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
