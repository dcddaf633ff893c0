package org.memberportal.rest.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other origins' web pages may call the API from a browser: none unless
 * {@code portal.cors.origins} (PORTAL_CORS_ORIGINS) names them, comma-separated, each exactly as a
 * browser sends it ({@code https://console.example.com}). A wildcard is not accepted: the API hands
 * out license keys and staff lists.
 */
public record CorsPolicy(Set<String> allowedOrigins) {

    public static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    public static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, X-Company-Id";
    public static final String EXPOSED_HEADERS = "Location, ETag";
    public static final long MAX_AGE_SECONDS = 600;

    public CorsPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins);
        if (allowedOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
            throw new IllegalArgumentException("portal.cors.origins (PORTAL_CORS_ORIGINS) names origins, no wildcard");
        }
    }

    /** From the setting's value (absent or blank: closed). */
    public static CorsPolicy of(Optional<String> setting) {
        return new CorsPolicy(setting.map(value -> Arrays.stream(value.split(","))
                .map(CorsPolicy::normalised).filter(origin -> !origin.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of()));
    }

    /** True when a page of {@code origin} may read the API's answers. */
    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(normalised(origin));
    }

    private static String normalised(String origin) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
