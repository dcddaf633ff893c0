package org.memberportal.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal is ready when its database answers. The answer is UP or DOWN alone: /health is open to
 * anyone, and the database's product or an exception's class would tell an attacker what to try.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
