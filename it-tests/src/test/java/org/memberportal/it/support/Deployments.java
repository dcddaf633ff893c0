package org.memberportal.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR, as built by adapters-rest: tests deploy what ships, nothing assembled by hand. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }
}
