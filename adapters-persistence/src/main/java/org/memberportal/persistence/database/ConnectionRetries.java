package org.memberportal.persistence.database;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed on a lost connection 3 times, 5 s apart: with the
 * database down, a request would wait 15 s for its error. The pool hands out only connections it
 * has just checked, so one quick retry is enough to cover a connection lost between the check and
 * its use. (No persistence unit property sets these.)
 */
public class ConnectionRetries implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;
    static final int DELAY_BETWEEN_RETRIES_MILLIS = 500;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_BETWEEN_RETRIES_MILLIS);
        }
    }
}
