package org.memberportal.persistence.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.session.CachedCallers;
import org.memberportal.application.session.CallerCachePolicy;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.persistence.database.PortalDataSource;
import org.memberportal.persistence.database.PortalDatabase;

/**
 * This instance's callers in memory ({@link CallerMemory}), kept on PostgreSQL only, where the
 * database tells every instance of each change ({@link CallerNotices}). On H2, or with a size of
 * 0, nothing is kept and every request reads its caller from the database.
 */
@ApplicationScoped
public class CallerCache implements CachedCallers {

    private static final Logger LOG = Logger.getLogger(CallerCache.class.getName());

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    CallerCachePolicy policy;

    private volatile CallerMemory memory = new CallerMemory(0, Duration.ofSeconds(1));
    private volatile CallerNotices notices;
    private Thread listener;

    /**
     * Starts to listen once the schema, and with it the triggers that tell of changes, is in place.
     * The listener's connection comes from the same settings as the runtime's pool, which is made of
     * {@link PortalDataSource} too, so both reach the same database.
     */
    void start(@Observes DatabaseReady ready) {
        PortalDataSource own = new PortalDataSource();
        if (policy.size() == 0 || !own.isPostgresql()) {
            return;
        }
        CallerMemory kept = new CallerMemory(policy.size(), policy.timeToLive());
        CallerNotices heard = new CallerNotices(own::connectAlone, kept);
        keepIn(kept, heard);
        listener = threads.newThread(heard);
        listener.setName("caller-notices");
        listener.start();
    }

    /** The memory and what it hears from; for tests, which start the listening themselves. */
    void keepIn(CallerMemory kept, CallerNotices heard) {
        memory = kept;
        notices = heard;
    }

    CallerMemory memory() {
        return memory;
    }

    @Override
    public void catchUp() {
        CallerNotices heard = notices;
        if (heard == null || !memory.holdsLease()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            heard.catchUp(connection);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not wait for the database's notices of changed callers; the callers kept"
                    + " in memory are forgotten", e);
            memory.lapse();
        }
    }

    @PreDestroy
    void stop() {
        CallerNotices heard = notices;
        if (heard != null && listener != null) {
            heard.stop();
            try {
                listener.join(CallerNotices.HEARTBEAT.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
