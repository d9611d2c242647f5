package uk.retain.people;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.retain.people.security.SignedIn;

/** Who is looking, for the request being served. */
@Component
public class Viewers {

    /** The signed-in viewer, or empty when nobody is signed in. */
    public Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(new Viewer(signedIn.account()));
        }
        return Optional.empty();
    }

    /** The signed-in viewer; every page and API call but sign-in requires one. */
    public Viewer require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user for this request"));
    }
}
