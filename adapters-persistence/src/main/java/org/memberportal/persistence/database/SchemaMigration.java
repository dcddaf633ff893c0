package org.memberportal.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.memberportal.application.lifecycle.DatabaseReady;

/**
 * Brings the portal's schema up to date before the first request; Flyway owns the schema, one set
 * of migrations for PostgreSQL and H2, and a few more for PostgreSQL alone (see {@link #locations}).
 *
 * <p>A portal whose schema cannot be brought up to date must not serve, and a runtime whose only
 * application failed to deploy would otherwise stay up answering 404s: the process ends with
 * status 1, so the supervisor sees the failure and restarts or alerts. (A database not up yet is
 * waited for by {@link PortalDataSource}, before the runtime deploys the application.)
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load();
        MigrateResult result = migrateOrExit(flyway::migrate, ProcessExit::exit);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        try {
            ready.fire(new DatabaseReady());
        } catch (RuntimeException e) {
            // what runs once the database is ready (the first agent, the schedules) refused to start
            LOG.log(Level.SEVERE, "The portal could not start (exit status " + ProcessExit.STARTUP_FAILED + "): "
                    + e.getMessage(), e);
            ProcessExit.exit(ProcessExit.STARTUP_FAILED);
            throw e;
        }
    }

    /**
     * Where the migrations for this database are: the shared ones, and on PostgreSQL those it alone
     * can run (the triggers that announce changed callers, the room kept on a table's pages). Their
     * versions are of one sequence, so a version taken by PostgreSQL alone is skipped on H2.
     */
    public static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return PortalDatabase.isPostgresql(connection)
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be reached to migrate it: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the migration; when it fails, logs why, asks {@code exit} to end the process with
     * {@link ProcessExit#STARTUP_FAILED} and rethrows, so the deployment fails too.
     */
    static MigrateResult migrateOrExit(Supplier<MigrateResult> migration, IntConsumer exit) {
        try {
            return migration.get();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The database schema could not be migrated; the portal stops (exit status "
                    + ProcessExit.STARTUP_FAILED + "): " + e.getMessage(), e);
            exit.accept(ProcessExit.STARTUP_FAILED);
            throw e;
        }
    }
}
