package uk.retain.people.security;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.retain.people.Accounts;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;

/**
 * Counts failed sign-ins towards the lockout, clears them on success, and audits both: every failed attempt (a wrong
 * password, a locked or disabled account, on the sign-in form or with HTTP Basic on the API) is a SIGN_IN_FAILED
 * saying why, rate-limited per user name by {@link FailedSignInAudit} so that a flood cannot fill the disk; and every sign-out.
 */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final FailedSignInAudit failures;

    SignInEvents(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
        this.failures = new FailedSignInAudit(Clock.systemUTC());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String name = username.substring(0, Math.min(username.length(), 100));
        boolean exists = accounts.exists(username);
        String reason;
        if (event instanceof AuthenticationFailureLockedEvent) {
            reason = "locked";
        } else if (event instanceof AuthenticationFailureDisabledEvent) {
            reason = "disabled";
        } else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            reason = exists ? "wrong password" : "unknown user";
            if (exists) {
                accounts.recordFailedSignIn(username);
            }
        } else {
            reason = "refused (" + event.getException().getClass().getSimpleName() + ")";
        }
        failures.attempt(name, reason).ifPresent(note -> events.publishEvent(new Audited(name, null, Action.SIGN_IN_FAILED, null, null,
                reason + "; " + channel() + note)));
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn signedIn) {
            accounts.recordSignIn(signedIn.account().username());
            events.publishEvent(new Audited(signedIn.account().username(), signedIn.account().laCode(), Action.SIGN_IN, null, null, null));
        }
    }

    /** How the attempt came: the API's HTTP Basic or the pages' sign-in form. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String path = attributes.getRequest().getRequestURI().substring(attributes.getRequest().getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/v3/") ? "HTTP Basic" : "sign-in form";
        }
        return "no request";
    }

    /** Published by the sign-out filter (local and council accounts alike) before the session ends. */
    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedIn signedIn) {
            events.publishEvent(new Audited(signedIn.account().username(), signedIn.account().laCode(), Action.SIGN_OUT, null, null, null));
        }
    }
}
