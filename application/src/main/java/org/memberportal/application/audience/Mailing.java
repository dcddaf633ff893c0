package org.memberportal.application.audience;

/**
 * A mailing a person can opt into. In Mailchimp each is an interest (a group) of the one
 * interest category the portal owns; unsubscribing from the whole audience is a separate thing.
 */
public enum Mailing {
    TRAINING_NEWSLETTER,
    UPDATE_NOTICES
}
