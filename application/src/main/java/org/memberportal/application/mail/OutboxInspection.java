package org.memberportal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

@ApplicationScoped
@Transactional
public class OutboxInspection implements ListOutboxUseCase {

    private final OutboxListing listing;

    protected OutboxInspection() {
        this(null); // for the CDI proxy
    }

    @Inject
    public OutboxInspection(OutboxListing listing) {
        this.listing = listing;
    }

    @Override
    public Page<OutboxEntry> list(Caller caller, DeliveryState state, PageRequest page) {
        Authorization.requireAgent(caller);
        return listing.newestFirst(state, page);
    }
}
