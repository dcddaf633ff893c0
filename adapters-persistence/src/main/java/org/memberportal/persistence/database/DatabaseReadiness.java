package org.memberportal.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal is ready when its database answers a round trip within {@link #DEADLINE_SECONDS}.
 * The probe runs on a thread of its own so that a database that does not answer (a lost network,
 * an exhausted pool) makes the check DOWN at the deadline instead of holding the caller; while a
 * probe is still out, later checks wait for that one rather than piling up more. The thread is
 * the probe's alone, not one of the container's shared executors: readiness never waits behind
 * requests' work (a flood of anonymous requests included). The answer says
 * UP or DOWN only: neither the database product nor the failure is shown to whoever asks.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    static final int DEADLINE_SECONDS = 3;
    private static final int ROUND_TRIP_SECONDS = 2;

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ExecutorService prober;
    private CompletableFuture<Boolean> probe;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(answers(currentProbe())).build();
    }

    private synchronized CompletableFuture<Boolean> currentProbe() {
        if (prober == null) {
            prober = Executors.newSingleThreadExecutor(threads);
        }
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.supplyAsync(this::roundTrip, prober);
        }
        return probe;
    }

    @PreDestroy
    synchronized void stop() {
        if (prober != null) {
            prober.shutdownNow();
        }
    }

    private boolean roundTrip() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(ROUND_TRIP_SECONDS);
        } catch (SQLException e) {
            // the cause goes to the log only: /health is open to anyone
            LOG.log(Level.WARNING, "The database does not answer", e);
            return false;
        }
    }

    private static boolean answers(CompletableFuture<Boolean> probe) {
        try {
            return probe.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
