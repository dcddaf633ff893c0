package org.memberportal.application.session;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.domain.account.EmailAddress;

/** An attempt to prove a password: throttled before it runs, and its outcome audited with what it caused. */
@ApplicationScoped
public class SignInAttempts {

    private final LoginThrottle throttle;
    private final SignInAudit audit;

    protected SignInAttempts() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public SignInAttempts(LoginThrottle throttle, SignInAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    LoginThrottle.Attempt admit(EmailAddress email, String client, Instant now) {
        return throttle.admit(email, client, now);
    }

    LoginThrottle.Attempt admit(EmailAddress email, String client, String deviceToken, Instant now) {
        return throttle.admit(email, client, deviceToken, now);
    }

    void failed(LoginThrottle.Attempt attempt, SignInAudit.Holder holder, String why, String client, Instant now) {
        audit.failed(holder, why, client, throttle.failed(attempt, now), now);
    }

    /** Answers the client's device token for the account, to show at its next sign-in. */
    Optional<String> signedIn(LoginThrottle.Attempt attempt, SignInAudit.Holder holder, String client, Instant now) {
        throttle.succeeded(attempt);
        audit.signedIn(holder, client, now);
        return throttle.deviceTokenFor(attempt, now);
    }

    void passwordChanged(LoginThrottle.Attempt attempt, SignInAudit.Holder holder, String client, Instant now) {
        throttle.succeeded(attempt);
        audit.passwordChanged(holder, client, now);
    }
}
