package org.memberportal.mailchimp.api;

/** A merge field: its tag (at most 10 characters), its name and its type ({@code text} for the portal's). */
public record MergeField(String tag, String name, String type) {
}
