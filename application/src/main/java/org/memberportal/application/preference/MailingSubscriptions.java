package org.memberportal.application.preference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.account.ActivationSubscriptions;
import org.memberportal.application.account.MembershipActivated;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * docs/rules.md: an active account is subscribed to each audience its level is eligible for. Called
 * inside the activation's transaction, so the subscription and its consent record exist exactly
 * when the account is active; the audience sync then carries it to Mailchimp.
 */
@ApplicationScoped
public class MailingSubscriptions implements ActivationSubscriptions {

    private final Preferences preferences;
    private final ConsentHistory history;

    protected MailingSubscriptions() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public MailingSubscriptions(Preferences preferences, ConsentHistory history) {
        this.preferences = preferences;
        this.history = history;
    }

    /** A membership activated through its link: the person's first, or one more beside those active. */
    public void onActivated(@Observes @Priority(MembershipActivated.SUBSCRIPTIONS) MembershipActivated activated) {
        if (activated.activeBefore().isEmpty()) {
            subscribeOnActivation(activated.membership(), activated.at());
        } else {
            subscribeOnJoining(activated.membership(), activated.activeBefore(), activated.at());
        }
    }

    /** Subscribes a newly active account to what its level may receive, unless it has chosen already. */
    @Override
    public void subscribeOnActivation(PortalAccount account, Instant now) {
        if (preferences.find(account.id()).isPresent()) {
            return;
        }
        MailingPreferences saved = preferences.save(MailingPreferences.defaultsFor(account.id(), account.level(), now));
        history.record(ConsentChange.of(saved, false, ConsentSource.PORTAL,
                "subscribed on activation to the audiences of level " + account.level(), now));
    }

    @Override
    public void subscribeOnJoining(PortalAccount membership, List<PortalAccount> before, Instant now) {
        Optional<MailingPreferences> stored = preferences.find(membership.id());
        if (stored.isEmpty()) {
            subscribeOnActivation(membership, now);
            return;
        }
        MailingPreferences choice = stored.get();
        List<PermissionLevel> levels = before.stream().filter(m -> m.status() == AccountStatus.ACTIVE)
                .map(PortalAccount::level).toList();
        if (choice.joined(membership.level(), levels, now)) {
            MailingPreferences saved = preferences.save(choice);
            history.record(ConsentChange.of(saved, false, ConsentSource.PORTAL,
                    "subscribed on joining a company at level " + membership.level(), now));
        }
    }
}
