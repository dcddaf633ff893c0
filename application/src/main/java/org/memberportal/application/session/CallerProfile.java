package org.memberportal.application.session;

import java.util.List;
import java.util.Set;

import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;

/**
 * What the portal tells callers about themselves. A member has a level, a status, a company and
 * capabilities (those of the membership the request acts for; none when it acts for no company)
 * and their memberships in every company; an agent has the role AGENT and none of those.
 */
public record CallerProfile(String id, String fullName, String email, Role role, PermissionLevel level,
        AccountStatus status, String companyId, String companyName, Set<Capability> capabilities,
        List<Membership> memberships) {

    public enum Role {
        MEMBER, AGENT
    }

    /** One company the person works for, with what they are and may do there. */
    public record Membership(String companyId, String companyName, PermissionLevel level, AccountStatus status,
            Set<Capability> capabilities) {
        public Membership {
            capabilities = Set.copyOf(capabilities);
        }
    }

    public CallerProfile {
        capabilities = Set.copyOf(capabilities);
        memberships = List.copyOf(memberships);
    }
}
