package org.memberportal.application.session;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

/**
 * Sign-ins, failed ones, the delays and lockouts they cause, and password changes in the audit
 * log, each with the client it came from. A refused attempt (while a delay runs) is not written:
 * it would let anyone fill the log.
 */
@ApplicationScoped
public class SignInAudit {

    static final String SIGNED_IN = "SIGNED_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String SIGN_IN_DELAYED = "SIGN_IN_DELAYED";
    static final String ACCOUNT_LOCKED = "SIGN_IN_LOCKED";
    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    private final AuditTrail trail;

    protected SignInAudit() {
        this(null); // for the CDI proxy
    }

    @Inject
    public SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Whose password was tried: an account, an agent, or nobody known (all null). */
    public record Holder(Caller caller, CompanyId company) {
        static final Holder NOBODY = new Holder(null, null);

        static Holder of(PortalAccount account) {
            return new Holder(new Caller.Member(account.id(), account.companyId(), account.level()),
                    account.companyId());
        }

        static Holder of(SupportAgent agent) {
            return new Holder(new Caller.Agent(agent.id()), null);
        }

        String subject() {
            if (caller == null) {
                return null;
            }
            return caller instanceof Caller.Member member ? member.accountId().value()
                    : ((Caller.Agent) caller).agentId().value();
        }
    }

    void signedIn(Holder holder, String client, Instant at) {
        trail.record(AuditEvent.of(holder.caller(), SIGNED_IN, holder.company(), holder.subject(), client(client), at));
    }

    void failed(Holder holder, String why, String client, LoginThrottle.Consequence consequence, Instant at) {
        trail.record(AuditEvent.of(null, SIGN_IN_FAILED, holder.company(), holder.subject(),
                why + ", " + client(client), at));
        if (consequence.accountLocked()) {
            trail.record(AuditEvent.bySystem(ACCOUNT_LOCKED, holder.company(), holder.subject(),
                    "too many failed sign-ins from every client, " + client(client), at));
        } else if (!consequence.delay().isZero()) {
            trail.record(AuditEvent.bySystem(SIGN_IN_DELAYED, holder.company(), holder.subject(),
                    "next try from " + client + " after " + consequence.delay(), at));
        }
    }

    void passwordChanged(Holder holder, String client, Instant at) {
        trail.record(AuditEvent.of(holder.caller(), PASSWORD_CHANGED, holder.company(), holder.subject(),
                client(client), at));
    }

    private static String client(String client) {
        return "client " + client;
    }
}
