package org.memberportal.application.audience;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.notification.AudienceFailure;
import org.memberportal.application.notification.AudienceGateway;
import org.memberportal.application.preference.ConsentSource;

/**
 * Webhook deliveries are hints (Mailchimp retries and reorders them): an unsubscribe, a clean or a changed address carry
 * all there is to know and are taken in at once; a subscribe or a profile change is looked up in
 * Mailchimp and taken in as the pull would. When Mailchimp cannot be asked, the next pull catches
 * up, so the delivery is still answered as handled. Outside any transaction: no database
 * transaction waits on Mailchimp.
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
            case UNSUBSCRIBE -> changes.unsubscribed(event.email(), event.firedAt(), SOURCE);
            case CLEANED -> changes.cleaned(event.email(), SOURCE);
            case UPEMAIL -> changes.addressChanged(event.email(), event.newEmail(), SOURCE);
            case SUBSCRIBE, PROFILE -> lookUp(event);
            case CAMPAIGN -> RemoteChanges.Outcome.NOTHING_NEW;
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
