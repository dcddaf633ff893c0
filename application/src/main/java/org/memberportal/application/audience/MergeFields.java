package org.memberportal.application.audience;

import java.util.Objects;

/**
 * What Mailchimp knows of a member besides the address: the merge fields {@code FNAME},
 * {@code LNAME}, {@code COMPANY} and {@code LEVEL}. An empty value clears the field there, so a
 * missing value is held as empty rather than null.
 */
public record MergeFields(String firstName, String lastName, String company, String level) {

    public static final MergeFields NONE = new MergeFields("", "", "", "");

    public MergeFields {
        firstName = orEmpty(firstName);
        lastName = orEmpty(lastName);
        company = orEmpty(company);
        level = orEmpty(level);
    }

    private static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
