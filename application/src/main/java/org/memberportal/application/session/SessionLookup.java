package org.memberportal.application.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

/** Recognising the caller behind a session token, and logging out. */
@ApplicationScoped
@Transactional
public class SessionLookup implements IdentifyCallerUseCase, LogOutUseCase {

    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    protected SessionLookup() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public SessionLookup(Sessions sessions, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void logOut(String token) {
        sessions.revoke(SecretToken.hashOf(token), clock.instant());
    }

    @Override
    public void logOutEverywhere(String token) {
        sessions.revokeAllWith(SecretToken.hashOf(token), clock.instant());
    }

    /**
     * Reads only, on every request: no transaction of its own (joined when the caller has one),
     * but for the session's last use, written at most once per {@link SessionPolicy#touchInterval}
     * in a transaction of its own. A session unused for longer than the idle timeout is over.
     * An agent's session holds only while its agent is active, however it began.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Identified> identify(String token, Optional<CompanyId> companyNamed) {
        Instant now = clock.instant();
        return sessions.findLiveWithAccount(SecretToken.hashOf(token), now)
                .filter(live -> policy.usedRecently(live.session(), now))
                .flatMap(live -> {
                    Optional<Identified> identified = identified(live, companyNamed);
                    identified.ifPresent(i -> touchWhenDue(live.session(), now));
                    return identified;
                });
    }

    private static Optional<Identified> identified(Sessions.LiveSession live, Optional<CompanyId> companyNamed) {
        if (live.session().accountId() == null) {
            // a session opened while its agent was being deactivated outlives the sessions that ended then
            return live.agentActive() ? Optional.of(Identified.as(new Caller.Agent(live.session().agentId()), null))
                    : Optional.empty();
        }
        if (live.memberships().stream().noneMatch(PortalAccount::mayLogIn)) {
            return Optional.empty();
        }
        AccountId person = live.session().accountId();
        Memberships.Choice choice = Memberships.choose(live.memberships(), companyNamed);
        if (choice instanceof Memberships.Choice.Acting acting) {
            return Optional.of(Identified.as(new Caller.Member(person, acting.membership().companyId(),
                    acting.membership().level()), person));
        }
        return Optional.of(Identified.unresolved(person, choice instanceof Memberships.Choice.CompanyNeeded
                ? Refusal.invalid(ProblemCode.COMPANY_NEEDED, "You are a member of several companies: name"
                        + " the one this request acts for in the header X-Company-Id.")
                : Refusal.notFound("the company")));
    }

    private void touchWhenDue(Session session, Instant now) {
        Instant due = now.minus(policy.touchInterval());
        if (!session.lastUsedAt().isAfter(due)) {
            sessions.touch(session.tokenHash(), now, due);
        }
    }
}
