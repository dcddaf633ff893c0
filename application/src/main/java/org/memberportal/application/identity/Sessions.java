package org.memberportal.application.identity;

import java.time.Instant;
import java.util.Optional;

import org.memberportal.application.account.AccountSessions;
import org.memberportal.domain.account.AccountId;

/** The store of sessions. */
public interface Sessions extends AccountSessions {

    void open(Session session);

    /** The session with this token hash, if it is neither revoked nor expired at {@code now}. */
    Optional<Session> findLive(String tokenHash, Instant now);

    void revoke(String tokenHash, Instant now);

    /** Ends every session of an account: deactivation, a new password. */
    @Override
    void revokeAllOf(AccountId accountId, Instant now);

    /** Forgets sessions that expired or were revoked before {@code before}; answers how many. */
    int purgeEndedBefore(Instant before);
}
