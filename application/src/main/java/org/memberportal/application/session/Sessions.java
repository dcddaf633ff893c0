package org.memberportal.application.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memberportal.application.account.AccountSessions;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;

/** The store of sessions. */
public interface Sessions extends AccountSessions {

    void open(Session session);

    /** The session with this token hash, if it is neither revoked nor expired at {@code now}. */
    Optional<Session> findLive(String tokenHash, Instant now);

    /**
     * As {@link #findLive}, with the session's account as it is now (null for an agent's session),
     * read in the same look-up: every request asks, so it costs at most one indexed query, and none
     * when the instance keeps the caller in memory ({@link CachedCallers}). A deactivation or a new
     * level counts from the next request.
     */
    Optional<LiveSession> findLiveWithAccount(String tokenHash, Instant now);

    /** A live session with every membership of its person (none for an agent's session). */
    /** A live session with its person's memberships, or for an agent's session whether that agent is active. */
    record LiveSession(Session session, List<PortalAccount> memberships, boolean agentActive) {
        public LiveSession {
            memberships = List.copyOf(memberships);
        }

        /** A member's session. */
        public LiveSession(Session session, List<PortalAccount> memberships) {
            this(session, memberships, false);
        }
    }

    /**
     * Records a use of the session at {@code now} when its recorded last use is before
     * {@code usedBefore}, in a transaction of its own: a request that only reads writes nothing else.
     */
    void touch(String tokenHash, Instant now, Instant usedBefore);

    void revoke(String tokenHash, Instant now);

    /** Ends every session of this session's holder (account or agent) but this one. */
    void revokeOthersOf(String tokenHash, Instant now);

    /** Ends every session of this session's holder (account or agent), this one included. */
    void revokeAllWith(String tokenHash, Instant now);

    /** Ends every session of an account: deactivation, a new password. */
    @Override
    void revokeAllOf(AccountId accountId, Instant now);

    /** Forgets sessions that expired or were revoked before {@code before}; answers how many. */
    int purgeEndedBefore(Instant before);
}
