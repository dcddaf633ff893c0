package org.memberportal.application.mail;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;

/** The outbox as agents read it. */
public interface OutboxListing {

    /** Entries newest first, only those in {@code state} unless it is null; the page key is the id. */
    Page<OutboxEntry> newestFirst(DeliveryState state, PageRequest page);
}
