package org.memberportal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.lifecycle.PortalEnvironment;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

@ApplicationScoped
@Transactional
public class OutboxInspection implements ListOutboxUseCase {

    private final OutboxListing listing;
    private final MailSender sender;
    private final PortalEnvironment environment;

    protected OutboxInspection() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public OutboxInspection(OutboxListing listing, MailSender sender, PortalEnvironment environment) {
        this.listing = listing;
        this.sender = sender;
        this.environment = environment;
    }

    /**
     * Agents see a link's token only where nobody else could deliver it: no SMTP is configured and
     * the e-mail is still QUEUED, and never in production, whatever its settings. Otherwise the
     * bodies show the placeholder: the token is the recipient's alone.
     */
    @Override
    public Page<OutboxEntry> list(Caller caller, DeliveryState state, PageRequest page) {
        Authorization.requireAgent(caller);
        boolean handOut = !environment.isProduction() && !sender.isConfigured();
        return listing.newestFirst(state, page).map(entry -> handOut && entry.state() == DeliveryState.QUEUED
                && entry.email().secret() != null && entry.email().secret().isReadable()
                        ? new OutboxEntry(entry.id(), entry.email().revealed(), entry.state(), entry.attempts(),
                                entry.lastError(), entry.queuedAt(), entry.nextAttemptAt(), entry.sentAt())
                        : entry);
    }
}
