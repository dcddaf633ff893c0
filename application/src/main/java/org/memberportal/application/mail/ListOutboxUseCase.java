package org.memberportal.application.mail;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

/** Agents read the outbox: what was queued and sent, and the bodies of e-mails still waiting. */
public interface ListOutboxUseCase {

    /** Newest first; only entries in {@code state} unless it is null. Agents only. */
    Page<OutboxEntry> list(Caller caller, DeliveryState state, PageRequest page);
}
