package org.memberportal.domain.notice;

/**
 * The last step of sending the portal recorded before it called Mailchimp: after a crash or a
 * timeout the step says what Mailchimp may have done, which is read from Mailchimp before
 * anything is done again. Each step is recorded (and committed) before its call.
 */
public enum SendStep {
    /** Nothing asked of Mailchimp yet. */
    NONE,
    /** A campaign is being created: one may exist under the notice's campaign title. */
    CREATING_CAMPAIGN,
    /** The campaign exists; its id is on the notice. */
    CAMPAIGN_CREATED,
    /** The campaign's content is set (setting it again is harmless). */
    CONTENT_SET,
    /** Sending (or scheduling) was asked: Mailchimp's campaign status says whether it happened. */
    SEND_REQUESTED
}
