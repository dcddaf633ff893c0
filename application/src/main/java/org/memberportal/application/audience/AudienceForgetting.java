package org.memberportal.application.audience;


/**
 * Mailchimp's {@code delete-permanent} (GDPR article 17): the member is gone and the address can
 * never be added again by the API. Used for erased persons only, never by the ordinary sync. May
 * throw what {@link org.memberportal.application.audience.AudienceGateway}'s calls throw.
 */
public interface AudienceForgetting {

    /** Deletes the member for good; a member Mailchimp does not have counts as deleted. */
    void deletePermanently(SubscriberHash member);
}
