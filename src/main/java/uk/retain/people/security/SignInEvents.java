package uk.retain.people.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import uk.retain.people.Accounts;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;

/** Counts failed sign-ins towards the lockout, clears them on success, and audits both, and every sign-out. */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final AuditTrail audit;

    SignInEvents(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (accounts.exists(username)) {
            accounts.recordFailedSignIn(username);
        }
        audit.record(username.substring(0, Math.min(username.length(), 100)), null, Action.SIGN_IN_FAILED, null, null, null);
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn signedIn) {
            accounts.recordSignIn(signedIn.account().username());
            audit.record(signedIn.account().username(), signedIn.account().laCode(), Action.SIGN_IN, null, null, null);
        }
    }

    /** Published by the sign-out filter (local and council accounts alike) before the session ends. */
    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedIn signedIn) {
            audit.record(signedIn.account().username(), signedIn.account().laCode(), Action.SIGN_OUT, null, null, null);
        }
    }
}
