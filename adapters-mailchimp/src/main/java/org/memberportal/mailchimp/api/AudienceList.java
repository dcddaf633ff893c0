package org.memberportal.mailchimp.api;

/** An audience, as far as the portal reads it. */
public record AudienceList(String id, String name) {
}
