package uk.retain.people.web;

import java.util.Iterator;

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

    private final ObjectProvider<ClientRegistrationRepository> providers;

    SignInController(ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("error", "locked".equals(error) ? "locked" : error == null ? null : "invalid");
        model.addAttribute("signedOut", signedOut != null);
        String registration = firstRegistration();
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
