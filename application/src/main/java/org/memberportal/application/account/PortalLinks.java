package org.memberportal.application.account;

import java.net.URI;
import java.util.Objects;

import org.memberportal.application.secret.SecretToken;

/**
 * The links the portal e-mails, built on its configured public address (PORTAL_PUBLIC_URL) and
 * never on a request's Host header, which a caller could forge to harvest tokens.
 */
public record PortalLinks(URI publicUrl) {

    public PortalLinks {
        Objects.requireNonNull(publicUrl);
        if (!publicUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public URL must be absolute: " + publicUrl);
        }
    }

    public String activation(SecretToken token) {
        return link("activate", token);
    }

    public String passwordReset(SecretToken token) {
        return link("reset-password", token);
    }

    private String link(String page, SecretToken token) {
        String base = publicUrl.toString().endsWith("/") ? publicUrl.toString() : publicUrl + "/";
        return base + page + "?token=" + token.value();
    }
}
