package org.memberportal.application.access;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.CompanyId;

/**
 * For what only a member of a company does (opening a ticket, ordering, booking): an agent is
 * authenticated but holds no member capability, so the answer is "not permitted" (403), not the
 * "not found" that hides another company's data from a member.
 */
public final class Membership {

    private Membership() {
    }

    public static Caller.Member require(Caller caller, Capability capability, CompanyId company) {
        refuseAgents(caller);
        return Authorization.require(caller, capability, company);
    }

    /** For endpoints without a company in the path: the capability on the caller's own company. */
    public static Caller.Member requireOwn(Caller caller, Capability capability) {
        refuseAgents(caller);
        Caller.Member member = (Caller.Member) caller;
        return Authorization.require(member, capability, member.companyId());
    }

    private static void refuseAgents(Caller caller) {
        if (caller.isAgent()) {
            throw Refusal.notPermitted("This is for members of a company; agents use the admin endpoints.");
        }
    }
}
