package org.memberportal.application.testing;

import java.net.URI;

import org.memberportal.application.mail.PortalLinks;

/** The portal's public address in tests of what it e-mails. */
public final class TestLinks {

    public static final PortalLinks PORTAL = new PortalLinks(URI.create("https://portal.test.example"));

    private TestLinks() {
    }
}
