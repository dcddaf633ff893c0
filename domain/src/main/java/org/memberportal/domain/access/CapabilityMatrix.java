package org.memberportal.domain.access;

import static org.memberportal.domain.access.Capability.*;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor's capability matrix (docs/rules.md), the one place that says which level may do what.
 * Cells the vendor's page leaves ambiguous are marked DECIDED; change them here and nowhere else.
 */
public final class CapabilityMatrix {

    private static final Map<PermissionLevel, Set<Capability>> GRANTS = new EnumMap<>(PermissionLevel.class);

    static {
        grant(PORTAL_ACCESS, BASIC, SALES_DESIGNER, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(CREATE_TICKETS, BASIC, SALES_DESIGNER, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(REQUEST_STAFF_ACCOUNTS, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(MANAGE_STAFF_ACCOUNTS, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(SEE_COMPANY_TICKETS, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(REPLY_TO_COMPANY_TICKETS, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        // IT/Tech is not eligible for the newsletter: the vendor's page leaves that cell empty.
        grant(RECEIVE_NEWSLETTER, BASIC, SALES_DESIGNER, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(RECEIVE_UPDATE_NOTICES, BASIC, SALES_DESIGNER, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(BOOK_LIVE_SESSIONS, BASIC, SALES_DESIGNER, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        // DECIDED: the source's cells read as IT/Tech, Manager and Primary.
        grant(ORDER_PAID_SERVICES, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        // DECIDED: four cells for five columns; Sales/Designer limited, IT/Tech and up full.
        grant(SEE_LICENSE_INFORMATION_LIMITED, SALES_DESIGNER, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        grant(SEE_LICENSE_INFORMATION_FULL, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        // DECIDED: the source's cells read as IT/Tech, Manager and Primary.
        grant(ORDER_LICENSES, IT_TECH_SUPPORT, MANAGER_SUPERVISOR, PRIMARY_OWNER);
        // DECIDED: "on request" means IT/Tech and Manager ask and an agent grants.
        grant(REQUEST_DOWNLOAD_LINKS, IT_TECH_SUPPORT, MANAGER_SUPERVISOR);
        grant(SEE_ALL_DOWNLOAD_LINKS, PRIMARY_OWNER);
        grant(SEE_LICENSE_KEYS, PRIMARY_OWNER);
    }

    private static final Map<PermissionLevel, PermissionLevel> HIGHEST_GRANTABLE = Map.of(
            MANAGER_SUPERVISOR, MANAGER_SUPERVISOR,
            PRIMARY_OWNER, PRIMARY_OWNER);

    /**
     * Who a company's warnings reach by direct e-mail (docs/rules.md, warnings): the levels that may
     * manage the company's staff, since those can name another Primary or a subscriber. Not a
     * capability of its own, since a member does nothing with it.
     */
    private static final Capability RECEIVES_COMPANY_WARNINGS_WITH = MANAGE_STAFF_ACCOUNTS;

    private CapabilityMatrix() {
    }

    private static void grant(Capability capability, PermissionLevel... levels) {
        for (PermissionLevel level : levels) {
            GRANTS.computeIfAbsent(level, l -> EnumSet.noneOf(Capability.class)).add(capability);
        }
    }

    public static boolean grants(PermissionLevel level, Capability capability) {
        return capabilitiesOf(level).contains(capability);
    }

    public static Set<Capability> capabilitiesOf(PermissionLevel level) {
        return Collections.unmodifiableSet(GRANTS.getOrDefault(level, EnumSet.noneOf(Capability.class)));
    }

    /**
     * The highest level this level may ask for or assign to staff: a Manager up to Manager, a
     * Primary any level, the others none.
     */
    public static Optional<PermissionLevel> highestLevelGrantableBy(PermissionLevel level) {
        return Optional.ofNullable(HIGHEST_GRANTABLE.get(level));
    }

    public static boolean receivesCompanyWarnings(PermissionLevel level) {
        return grants(level, RECEIVES_COMPANY_WARNINGS_WITH);
    }

    public static boolean mayGrant(PermissionLevel granter, PermissionLevel wanted) {
        return highestLevelGrantableBy(granter).map(wanted::isAtMost).orElse(false);
    }
}
