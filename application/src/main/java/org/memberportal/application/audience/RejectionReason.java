package org.memberportal.application.audience;

/** Why Mailchimp refused a member or a call for good: sending it again gives the same answer. */
public enum RejectionReason {
    /**
     * The person unsubscribed through Mailchimp, or the address was cleaned: the API may not
     * subscribe them again, only ask them to confirm ({@link AudienceStatus#PENDING}).
     */
    COMPLIANCE_STATE,
    /** The address was permanently deleted in Mailchimp and cannot be added again by the API. */
    FORGOTTEN,
    /** Mailchimp finds the address fake-looking or invalid. */
    INVALID_ADDRESS,
    /** The list, member or group named does not exist. */
    NOT_FOUND,
    /** The API key is missing, wrong or lacks the right. */
    ACCESS_DENIED,
    /** Any other refusal of the request as sent. */
    OTHER
}
