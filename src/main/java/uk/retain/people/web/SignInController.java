package uk.retain.people.web;

import java.util.Iterator;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security. */
@Controller
class SignInController {

    /** Why a sign-in with a password failed: a wrong user name or password, or a locked account. */
    private static final Set<String> FORM_ERRORS = Set.of("invalid", "locked");

    /** Why a sign-in with the council's account failed: none of its groups maps to a role, or the provider's sign-in failed. */
    private static final Set<String> COUNCIL_ERRORS = Set.of("no-access", "council");

    private final ObjectProvider<ClientRegistrationRepository> providers;

    SignInController(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        String registration = firstRegistration();
        String shown = error == null ? null
                : FORM_ERRORS.contains(error) || (registration != null && COUNCIL_ERRORS.contains(error)) ? error : "invalid";
        model.addAttribute("error", shown);
        // A wrong password or a locked account is the form's error; the council's sign-in errors belong to its link.
        model.addAttribute("formError", shown != null && FORM_ERRORS.contains(shown));
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("oidc", registration != null);
        model.addAttribute("oidcRegistration", registration);
        return "sign-in";
    }

    private String firstRegistration() {
        if (providers.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            Iterator<ClientRegistration> all = registrations.iterator();
            return all.hasNext() ? all.next().getRegistrationId() : null;
        }
        return null;
    }
}
