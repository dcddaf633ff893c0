package org.memberportal.mailchimp.api;

/** An interest category; {@code type} is how sign-up forms show it ("checkboxes" here). */
public record Category(String id, String title, String type) {

    public static Category checkboxes(String title) {
        return new Category(null, title, "checkboxes");
    }
}
