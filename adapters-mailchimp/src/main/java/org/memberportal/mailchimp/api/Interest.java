package org.memberportal.mailchimp.api;

/** An interest (a group) inside a category. */
public record Interest(String id, String name) {

    public static Interest named(String name) {
        return new Interest(null, name);
    }
}
