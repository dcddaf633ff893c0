package org.memberportal.application.identity;

import java.util.Set;

import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;

/**
 * What the portal tells callers about themselves. A member has a level, a status, a company and
 * capabilities; an agent has the role AGENT and none of those.
 */
public record CallerProfile(String id, String fullName, String email, Role role, PermissionLevel level,
        AccountStatus status, String companyId, String companyName, Set<Capability> capabilities) {

    public enum Role {
        MEMBER, AGENT
    }

    public CallerProfile {
        capabilities = Set.copyOf(capabilities);
    }
}
