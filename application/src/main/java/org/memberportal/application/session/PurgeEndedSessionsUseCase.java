package org.memberportal.application.session;

public interface PurgeEndedSessionsUseCase {

    /** Forgets ended sessions and failed logins too old to count; answers how many rows went. */
    int purge();
}
