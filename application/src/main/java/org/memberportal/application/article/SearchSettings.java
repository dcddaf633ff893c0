package org.memberportal.application.article;

import java.util.regex.Pattern;

/**
 * The language the knowledge base is searched in: a PostgreSQL text search configuration
 * ({@code english}, {@code german}, {@code simple}...), setting portal.search.configuration.
 */
public record SearchSettings(String configuration) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static final SearchSettings STANDARD = new SearchSettings("english");

    public SearchSettings {
        if (configuration == null || !NAME.matcher(configuration).matches()) {
            throw new IllegalArgumentException("a text search configuration is named like english or simple: "
                    + configuration);
        }
    }
}
