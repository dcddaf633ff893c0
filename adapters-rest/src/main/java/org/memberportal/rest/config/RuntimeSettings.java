package org.memberportal.rest.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.account.AccountSettings;
import org.memberportal.application.mail.PortalLinks;
import org.memberportal.application.account.ResetRequestPolicy;
import org.memberportal.application.session.CallerCachePolicy;
import org.memberportal.application.session.SessionPolicy;
import org.memberportal.application.session.ThrottlePolicy;
import org.memberportal.application.jobs.JobSettings;
import org.memberportal.application.lifecycle.PortalEnvironment;
import org.memberportal.application.mail.RelayPolicy;
import org.memberportal.rest.audience.WebhookSecret;

/** Hands the application the settings it needs, read from MicroProfile Config. */
@ApplicationScoped
public class RuntimeSettings {

    @Inject
    @ConfigProperty(name = "portal.environment")
    String environment;

    @Produces
    PortalEnvironment portalEnvironment() {
        return PortalEnvironment.of(environment);
    }

    @Inject
    @ConfigProperty(name = "portal.session.ttl")
    Duration sessionTimeToLive;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Inject
    @ConfigProperty(name = "portal.session.idle-timeout")
    Duration sessionIdleTimeout;

    @Inject
    @ConfigProperty(name = "portal.public.url")
    URI publicUrl;

    @Inject
    @ConfigProperty(name = "portal.account-requests.auto-approve")
    boolean autoApproveRequests;

    @Inject
    @ConfigProperty(name = "portal.activation.link-validity")
    Duration activationLinkValidity;

    @Inject
    @ConfigProperty(name = "portal.password-reset.link-validity")
    Duration resetLinkValidity;

    @Produces
    SessionPolicy sessionPolicy() {
        return new SessionPolicy(sessionTimeToLive, sessionIdleTimeout);
    }

    @Inject
    @ConfigProperty(name = "portal.session.cache.size")
    int callerCacheSize;

    @Inject
    @ConfigProperty(name = "portal.session.cache.ttl")
    Duration callerCacheTimeToLive;

    @Produces
    CallerCachePolicy callerCachePolicy() {
        return new CallerCachePolicy(callerCacheSize, callerCacheTimeToLive);
    }

    @Produces
    AccountSettings accountSettings() {
        return new AccountSettings(autoApproveRequests, activationLinkValidity, resetLinkValidity);
    }

    @Produces
    PortalLinks portalLinks() {
        return new PortalLinks(publicUrl);
    }

    @Inject
    @ConfigProperty(name = "portal.outbox.first-retry")
    Duration outboxFirstRetry;

    @Inject
    @ConfigProperty(name = "portal.outbox.connections")
    int outboxConnections;

    @Produces
    RelayPolicy relayPolicy() {
        return RelayPolicy.STANDARD.withFirstRetry(outboxFirstRetry).withConnections(outboxConnections);
    }

    @Inject
    @ConfigProperty(name = "portal.login.failures-per-account")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "portal.login.failures-per-client")
    int failuresPerClient;

    @Inject
    @ConfigProperty(name = "portal.login.failure-window")
    Duration failureWindow;

    @Inject
    @ConfigProperty(name = "portal.login.free-failures")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "portal.login.first-delay")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "portal.login.longest-delay")
    Duration longestDelay;

    @Inject
    @ConfigProperty(name = "portal.login.failures-per-device")
    int failuresPerDevice;

    @Inject
    @ConfigProperty(name = "portal.login.device-token-validity")
    Duration deviceTokenValidity;

    @Produces
    ThrottlePolicy throttlePolicy() {
        return new ThrottlePolicy(freeFailures, firstDelay, longestDelay, failuresPerAccount, failuresPerClient,
                failureWindow, failuresPerDevice, deviceTokenValidity);
    }

    @Inject
    @ConfigProperty(name = "portal.password-reset.requests-per-address")
    int resetRequestsPerAddress;

    @Inject
    @ConfigProperty(name = "portal.password-reset.requests-per-address-and-client")
    int resetRequestsPerAddressAndClient;

    @Inject
    @ConfigProperty(name = "portal.password-reset.requests-per-client")
    int resetRequestsPerClient;

    @Inject
    @ConfigProperty(name = "portal.password-reset.request-window")
    Duration resetRequestWindow;

    @Produces
    ResetRequestPolicy resetRequestPolicy() {
        return new ResetRequestPolicy(resetRequestsPerAddress, resetRequestsPerAddressAndClient, resetRequestsPerClient,
                resetRequestWindow);
    }

    @Inject
    @ConfigProperty(name = "portal.jobs.lock-lease")
    Duration jobLockLease;

    @Inject
    @ConfigProperty(name = "portal.jobs.longest-transaction")
    Duration jobLongestTransaction;

    @Produces
    JobSettings jobSettings() {
        return new JobSettings(jobLockLease, jobLongestTransaction);
    }

    @Inject
    @ConfigProperty(name = "mailchimp.webhook.secret")
    Optional<String> webhookSecret;

    private WebhookSecret checkedWebhookSecret;

    /** Read at start-up, so that a secret too short is logged then, not at Mailchimp's first call. */
    void checkWebhookSecret(@Observes @Initialized(ApplicationScoped.class) Object started) {
        webhookSecret();
    }

    @Produces
    synchronized WebhookSecret webhookSecret() {
        if (checkedWebhookSecret == null) {
            checkedWebhookSecret = WebhookSecret.of(webhookSecret);
        }
        return checkedWebhookSecret;
    }
}
