package org.memberportal.application.mail;

import java.net.URI;
import java.util.Objects;

import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.company.CompanyId;

/**
 * The links the portal e-mails, built on its configured public address (PORTAL_PUBLIC_URL) and
 * never on a request's Host header, which a caller could forge to harvest tokens.
 */
public record PortalLinks(URI publicUrl) {

    private static final String FOR_CONSOLE = "&for=console";

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

    /** An agent's activation: the same page, which then leads to the admin console, not the member sign-in. */
    public String agentActivation(SecretToken token) {
        return activation(token) + FOR_CONSOLE;
    }

    public String agentPasswordReset(SecretToken token) {
        return passwordReset(token) + FOR_CONSOLE;
    }

    /**
     * A page of the member portal (its route, as {@code tickets/<id>}) acting for this company: a
     * person of several companies is taken to the page of the company the e-mail is about.
     */
    public String page(String route, CompanyId company) {
        return base() + "#/" + route + "?company=" + company.value();
    }

    /** A page of the member portal that is no company's (an article, a forum topic). */
    public String page(String route) {
        return base() + "#/" + route;
    }

    /** A page of the agents' console (its route, as {@code ticket/<id>}). */
    public String console(String route) {
        return base() + "admin/#/" + route;
    }

    private String base() {
        return publicUrl.toString().endsWith("/") ? publicUrl.toString() : publicUrl + "/";
    }

    private String link(String page, SecretToken token) {
        return base() + page + "?token=" + token.value();
    }
}
