package org.memberportal.application.access;

import java.util.Optional;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.CompanyId;

/**
 * The questions every use case asks before it acts. Another company's data is answered as not
 * found, never as forbidden, so nobody learns what exists elsewhere.
 */
public final class Authorization {

    private Authorization() {
    }

    public static Caller.Member requireMemberOf(Caller caller, CompanyId company) {
        if (caller.isAgent()) {
            throw Refusal.notPermitted("This is done by a member of the company; agents work through /admin.");
        }
        if (caller instanceof Caller.Member member && member.companyId().equals(company)) {
            return member;
        }
        throw Refusal.notFound("the company");
    }

    public static Caller.Member require(Caller caller, Capability capability, CompanyId company) {
        Caller.Member member = requireMemberOf(caller, company);
        if (!member.may(capability, company)) {
            throw Refusal.notPermitted("your permission level does not allow this (" + capability + ")");
        }
        return member;
    }

    /** For what a member does on their own company without naming it (open a ticket, book a session). */
    public static Caller.Member requireOwn(Caller caller, Capability capability) {
        if (caller instanceof Caller.Member member) {
            return require(member, capability, member.companyId());
        }
        throw Refusal.notPermitted("This is done by a member of a company; agents work through /admin.");
    }

    /**
     * For what an agent may do on any company and a member on their own with the capability: the
     * member, or empty for an agent (whose company the caller still finds, where it must exist).
     */
    public static Optional<Caller.Member> requireAgentOr(Caller caller, Capability capability, CompanyId company) {
        if (caller.isAgentOrMay(capability, company)) {
            return caller instanceof Caller.Member member ? Optional.of(member) : Optional.empty();
        }
        return Optional.of(require(caller, capability, company)); // refuses, as not found or not permitted
    }

    public static Caller.Agent requireAgent(Caller caller) {
        if (caller instanceof Caller.Agent agent) {
            return agent;
        }
        throw Refusal.notPermitted("only support agents may do this");
    }
}
