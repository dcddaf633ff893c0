package org.memberportal.mailchimp;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Mailchimp API key. Its suffix after the last '-' names the data centre that serves the
 * account ({@code ...-us6}). The key is a password: {@link #toString()} never shows it.
 */
public final class ApiKey {

    // A data centre becomes part of a host name: anything but letters and digits is refused.
    private static final Pattern DATA_CENTRE = Pattern.compile("[a-z0-9]+");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey of(String value) {
        String stripped = Objects.requireNonNull(value, "API key").strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("the API key is empty");
        }
        return new ApiKey(stripped);
    }

    /** The data centre, when the key ends with a well-formed one. */
    public Optional<String> dataCentre() {
        int dash = value.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String suffix = value.substring(dash + 1);
        return DATA_CENTRE.matcher(suffix).matches() ? Optional.of(suffix) : Optional.empty();
    }

    /** The secret itself, for the Authorization header only. */
    String secret() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[hidden" + dataCentre().map(dc -> ", data centre " + dc).orElse("") + "]";
    }
}
