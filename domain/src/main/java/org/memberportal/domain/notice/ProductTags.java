package org.memberportal.domain.notice;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The products a person's companies hold licenses for, as one text Mailchimp can segment on:
 * each product lower-cased between {@code |} delimiters ({@code |cad|erp|}), so that the
 * condition {@code contains "|cad|"} never matches {@code cadpro}. Mailchimp keeps at most 255
 * characters in a text merge field: a longer value cannot be pushed.
 */
public final class ProductTags {

    public static final String MERGE_FIELD = "PRODUCTS";
    public static final int MAX_LENGTH = 255;
    private static final String DELIMITER = "|";

    private ProductTags() {
    }

    /** {@code |a|b|} for these products, sorted and without repeats; empty for none. */
    public static String of(Collection<String> products) {
        String joined = products.stream().map(ProductTags::tag).filter(tag -> !tag.isEmpty()).distinct().sorted()
                .collect(Collectors.joining(DELIMITER));
        return joined.isEmpty() ? "" : DELIMITER + joined + DELIMITER;
    }

    /** What a value of {@link #of} contains when the person's companies hold this product. */
    public static String condition(String product) {
        return DELIMITER + tag(product) + DELIMITER;
    }

    public static boolean fits(String value) {
        return value.length() <= MAX_LENGTH;
    }

    /** A product as it stands between delimiters: lower-cased, stripped, and with no delimiter of its own. */
    private static String tag(String product) {
        return product.strip().toLowerCase(Locale.ROOT).replace(DELIMITER, "/");
    }
}
