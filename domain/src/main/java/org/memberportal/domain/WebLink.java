package org.memberportal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link the portal shows to members (a download, a document): an absolute http or https URL
 * with a host. Anything else (javascript:, data:, file:, a relative path) could run or read
 * something in the member's browser instead of opening a page, so it is refused.
 */
public record WebLink(String value) {

    public static final int MAX_LENGTH = 2000;

    public WebLink {
        Texts.present(value, "link");
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a link has 1 to " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a link has no spaces or control characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a link must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("a link must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            // "https://vendor.example@evil.example/" reads as the vendor's but goes elsewhere
            throw new IllegalArgumentException("a link must not carry a user name or password");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
