package org.memberportal.application.livesession;

import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.LiveSession;

/** Bookings of live sessions and call returns. */
public interface LiveSessions {

    LiveSession add(LiveSession session);

    /** Saves a changed booking; a {@code stale-version} conflict when it changed since it was read. */
    LiveSession update(LiveSession session);

    /** Any company's booking: for agents, who confirm them. */
    Optional<LiveSession> findForAgent(String id);

    /** One account's bookings, newest first. */
    Page<LiveSession> pageOf(CompanyId company, AccountId account, PageRequest page);

    /** For agents: every booking in one status (null: any), oldest first. */
    Page<LiveSession> page(LiveSession.Status status, PageRequest page);
}
