package org.memberportal.persistence.database;

/**
 * Where the portal's data source is found: a pool of the runtime's (post-boot.asadmin), which the
 * batch runtime's job repository uses too.
 */
public final class PortalDatabase {

    public static final String JNDI_NAME = "jdbc/portal";

    private PortalDatabase() {
    }
}
