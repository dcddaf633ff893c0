package org.memberportal.application.audience;

import java.time.Instant;
import java.util.List;


/**
 * Members of erased persons still to be deleted permanently from Mailchimp by the next sync. Only
 * the subscriber hash is kept (the address itself is gone from the portal), and only until done.
 */
public interface AudienceErasures {

    /** Queues the member; queuing one twice keeps one. */
    void queue(SubscriberHash member, Instant at);

    /** Up to {@code limit} members still to delete, oldest first. */
    List<SubscriberHash> pending(int limit);

    /** Mailchimp has forgotten the member (or never knew it): nothing of it is left here. */
    void done(SubscriberHash member);
}
