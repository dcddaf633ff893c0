package org.memberportal.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the portal's data source is found: a pool of the runtime's (post-boot.asadmin), which the
 * batch runtime's job repository uses too.
 */
public final class PortalDatabase {

    public static final String JNDI_NAME = "jdbc/portal";

    private PortalDatabase() {
    }

    /** Whether the connection is to PostgreSQL (else it is H2, the only other database the portal runs on). */
    public static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }
}
