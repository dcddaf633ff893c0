package org.memberportal.application.audience;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.preference.ConsentSource;
import org.memberportal.domain.account.EmailAddress;

/**
 * Webhook deliveries are hints (Mailchimp retries and reorders them, and signs nothing: anyone who
 * learns the URL can post one). An unsubscribe, a clean or a changed address is therefore applied
 * only once the member read from Mailchimp confirms it: the status is {@code unsubscribed} or
 * {@code cleaned}, or the new address is a member's current one and the old address is no
 * member's any more (else anyone who subscribed an address of their own through Mailchimp's form
 * could move a member's record to it with a forged delivery). When Mailchimp cannot be asked
 * for such a confirmation, the {@link AudienceUnavailable} reaches the caller, which may try again.
 * A subscribe or a profile change is looked up in Mailchimp and taken in as the pull would; when
 * Mailchimp cannot be asked, the next pull catches up, so the delivery is still answered as
 * handled. Outside any transaction: no database transaction waits on Mailchimp.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AudienceWebhook implements HandleAudienceEventUseCase {

    private static final Logger LOG = Logger.getLogger(AudienceWebhook.class.getName());
    private static final ConsentSource SOURCE = ConsentSource.MAILCHIMP_WEBHOOK;

    private final RemoteChanges changes;
    private final AudienceGateway gateway;
    private final AudienceGroupsCache groups;

    protected AudienceWebhook() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public AudienceWebhook(RemoteChanges changes, AudienceGateway gateway, AudienceGroupsCache groups) {
        this.changes = changes;
        this.gateway = gateway;
        this.groups = groups;
    }

    @Override
    public RemoteChanges.Outcome handle(AudienceEvent event) {
        return switch (event.type()) {
            case UNSUBSCRIBE, CLEANED, UPEMAIL -> confirmed(event);
            case SUBSCRIBE, PROFILE -> lookUp(event);
            case CAMPAIGN -> RemoteChanges.Outcome.NOTHING_NEW;
        };
    }

    private RemoteChanges.Outcome confirmed(AudienceEvent event) {
        if (!gateway.isConfigured()) {
            LOG.warning(() -> "A " + event.type() + " webhook was not applied: without an API key Mailchimp"
                    + " cannot confirm it");
            return RemoteChanges.Outcome.NOTHING_NEW;
        }
        EmailAddress current = event.type() == AudienceEvent.Type.UPEMAIL ? event.newEmail() : event.email();
        Optional<RemoteMember> member = gateway.find(groups.groups(), current);
        if (member.isEmpty() || !confirms(event, member.get()) || stillThere(event)) {
            LOG.info(() -> "A " + event.type() + " webhook was not applied: Mailchimp's member does not confirm it");
            return RemoteChanges.Outcome.NOTHING_NEW;
        }
        return switch (event.type()) {
            case UNSUBSCRIBE -> changes.unsubscribed(event.email(), event.firedAt(), SOURCE);
            case CLEANED -> changes.cleaned(event.email(), SOURCE);
            default -> changes.addressChanged(event.email(), event.newEmail(), SOURCE);
        };
    }

    /** For a changed address: whether Mailchimp still has a member under the old one, so nothing moved. */
    private boolean stillThere(AudienceEvent event) {
        return event.type() == AudienceEvent.Type.UPEMAIL && gateway.find(groups.groups(), event.email()).isPresent();
    }

    private static boolean confirms(AudienceEvent event, RemoteMember member) {
        return switch (event.type()) {
            case UNSUBSCRIBE -> member.status() == AudienceStatus.UNSUBSCRIBED;
            case CLEANED -> member.status() == AudienceStatus.CLEANED;
            case UPEMAIL -> member.email().equals(event.newEmail());
            default -> false;
        };
    }

    private RemoteChanges.Outcome lookUp(AudienceEvent event) {
        if (!gateway.isConfigured()) {
            return RemoteChanges.Outcome.NOTHING_NEW;
        }
        try {
            return gateway.find(groups.groups(), event.email())
                    .map(member -> changes.apply(member, SOURCE))
                    .orElse(RemoteChanges.Outcome.UNKNOWN_MEMBER);
        } catch (AudienceFailure e) {
            LOG.warning(() -> "A " + event.type() + " webhook could not be looked up in Mailchimp; the next pull"
                    + " takes it in: " + e.getMessage());
            return RemoteChanges.Outcome.NOTHING_NEW;
        }
    }
}
