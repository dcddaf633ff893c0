package org.memberportal.application.audit;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;

/** Who did what, to which company's what, and when. */
public record AuditEvent(String id, Instant at, String actor, String action, CompanyId companyId, String subject,
        String details) {

    public AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
    }

    /** Who the portal itself is in the trail: for what it does on its own, such as raising a warning. */
    public static final String SYSTEM = "system";

    /** Something the portal did on its own, by a setting or a rule, not at a person's request. */
    public static AuditEvent bySystem(String action, CompanyId company, String subject, String details, Instant at) {
        return new AuditEvent(TimeOrderedIds.next(), at, SYSTEM, action, company, subject, details);
    }

    public static AuditEvent of(Caller caller, String action, CompanyId company, String subject, String details,
            Instant at) {
        return new AuditEvent(TimeOrderedIds.next(), at, actorOf(caller), action, company, subject, details);
    }

    /**
     * "agent:<id>", "account:<id>", or "anonymous" for a request nobody signed in to make (an
     * e-mailed link, "forgot password").
     */
    public static String actorOf(Caller caller) {
        if (caller == null) {
            return "anonymous";
        }
        if (caller instanceof Caller.Member member) {
            return "account:" + member.accountId().value();
        }
        return "agent:" + ((Caller.Agent) caller).agentId().value();
    }
}
