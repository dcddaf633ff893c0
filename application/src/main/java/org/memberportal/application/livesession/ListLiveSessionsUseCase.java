package org.memberportal.application.livesession;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.livesession.LiveSession;

public interface ListLiveSessionsUseCase {

    /** The caller's own bookings, newest first. */
    Page<LiveSession> mine(Caller caller, PageRequest page);

    /** For agents: all bookings in one status (null: any), oldest first. */
    Page<LiveSession> all(Caller caller, LiveSession.Status status, PageRequest page);
}
