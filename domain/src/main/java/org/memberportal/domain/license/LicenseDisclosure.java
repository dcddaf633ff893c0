package org.memberportal.domain.license;

import java.util.Optional;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.CompanyId;

/**
 * How much of a company's licenses a caller may see, from the capabilities the matrix grants
 * (never from a level): keys and activation codes, full information, limited, or nothing.
 *
 * <p>Agents get the full information but not the secrets: docs/rules.md gives keys and activation
 * codes to Primary members only, and an agent sees them once, in the answer that issues them.
 */
public enum LicenseDisclosure {
    LIMITED, FULL, WITH_KEYS;

    public static Optional<LicenseDisclosure> allowedTo(Caller caller, CompanyId company) {
        if (caller.isAgent()) {
            return Optional.of(FULL);
        }
        if (caller.may(Capability.SEE_LICENSE_KEYS, company)) {
            return Optional.of(WITH_KEYS);
        }
        if (caller.may(Capability.SEE_LICENSE_INFORMATION_FULL, company)) {
            return Optional.of(FULL);
        }
        if (caller.may(Capability.SEE_LICENSE_INFORMATION_LIMITED, company)) {
            return Optional.of(LIMITED);
        }
        return Optional.empty();
    }
}
