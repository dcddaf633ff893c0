package org.memberportal.application.session;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;

/**
 * A logged-in session, known by its token's hash. It belongs to a portal account or to an agent;
 * who the caller is (level, status) is read afresh on every request, so a change takes effect at
 * once. Its last use is recorded at most once a minute (see {@link SessionPolicy}).
 */
public record Session(String tokenHash, AccountId accountId, AgentId agentId, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt) {

    public Session {
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(lastUsedAt);
        if ((accountId == null) == (agentId == null)) {
            throw new IllegalArgumentException("a session belongs to one account or one agent");
        }
    }

    public static Session ofAccount(String tokenHash, AccountId accountId, Instant now, Instant expiresAt) {
        return new Session(tokenHash, accountId, null, now, expiresAt, now);
    }

    public static Session ofAgent(String tokenHash, AgentId agentId, Instant now, Instant expiresAt) {
        return new Session(tokenHash, null, agentId, now, expiresAt, now);
    }
}
