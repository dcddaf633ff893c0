package org.memberportal.application.audience;

import java.util.Objects;

/**
 * What Mailchimp knows of a member besides the address: the merge fields {@code FNAME},
 * {@code LNAME}, {@code COMPANY}, {@code LEVEL} and {@code PRODUCTS} (the products the person's
 * companies hold licenses for, as {@code ProductTags} writes them). An empty value clears the field
 * there, so a missing value is held as empty rather than null.
 */
public record MergeFields(String firstName, String lastName, String company, String level, String products) {

    public static final MergeFields NONE = new MergeFields("", "", "", "", "");

    public MergeFields {
        firstName = orEmpty(firstName);
        lastName = orEmpty(lastName);
        company = orEmpty(company);
        level = orEmpty(level);
        products = orEmpty(products);
    }

    /** Without products: a person whose companies hold no license. */
    public MergeFields(String firstName, String lastName, String company, String level) {
        this(firstName, lastName, company, level, "");
    }

    public MergeFields withProducts(String productTags) {
        return new MergeFields(firstName, lastName, company, level, productTags);
    }

    private static String orEmpty(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
