package org.memberportal.mailchimp.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** A campaign's custom HTML and its plain text. */
public record CampaignContent(String html, @JsonbProperty("plain_text") String plainText) {
}
