package org.memberportal.application.audit;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.access.Caller;
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

    public static AuditEvent of(Caller caller, String action, CompanyId company, String subject, String details,
            Instant at) {
        return new AuditEvent(TimeOrderedIds.next(), at, actorOf(caller), action, company, subject, details);
    }

    /** "agent:<id>", "account:<id>", or "anonymous" for a change made through an e-mailed link. */
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
