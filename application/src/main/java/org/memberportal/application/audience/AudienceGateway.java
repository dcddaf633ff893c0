package org.memberportal.application.audience;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.memberportal.domain.account.EmailAddress;

/**
 * The portal's one Mailchimp audience, as the audience sync sees it: the two mailings (groups),
 * the members' desired states going out, and the members' states coming back.
 *
 * <p>Every call may throw {@link AudienceUnavailable} (Mailchimp is busy or out of reach; try
 * again later, nothing is lost) or {@link AudienceRejection} (a request Mailchimp will refuse
 * again: fix the data or the settings first). Implementations retry transient failures
 * themselves before giving up.
 */
public interface AudienceGateway {

    /** False when no API key is set: then the sync has nothing to do and says so. */
    boolean isConfigured();

    /**
     * Finds the interest category and its two interests by their configured names, creating
     * whichever is missing; safe to call on every run.
     */
    AudienceGroups ensureGroups();

    /**
     * Adds or updates every member of the batch in one call; existing members are updated. One
     * member refused does not stop the others: each gets its own outcome.
     */
    BatchOutcome upsert(AudienceGroups groups, MemberBatch batch);

    /**
     * Every member whose data changed in Mailchimp at or after {@code since}, handed to
     * {@code eachPage} a page at a time, in their order, on the caller's thread; the pages after
     * may be read meanwhile. Mailchimp keeps times to the second, so the whole second of
     * {@code since} is included: a caller passing the start of its last pull sees again what
     * changed while that pull ran, which is harmless, and misses nothing. What {@code eachPage}
     * throws ends the reading.
     */
    void changedSince(AudienceGroups groups, Instant since, Consumer<List<RemoteMember>> eachPage);

    /** The member with this address, archived ones included; empty if Mailchimp has none. */
    Optional<RemoteMember> find(AudienceGroups groups, EmailAddress email);
}
