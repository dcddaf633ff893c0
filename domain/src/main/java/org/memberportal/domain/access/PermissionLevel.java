package org.memberportal.domain.access;

/**
 * The five permission levels of a portal account, lowest first. The order matters: a Manager may
 * grant levels up to their own, so levels compare.
 */
public enum PermissionLevel {
    BASIC,
    SALES_DESIGNER,
    IT_TECH_SUPPORT,
    MANAGER_SUPERVISOR,
    PRIMARY_OWNER;

    public boolean isAtMost(PermissionLevel other) {
        return compareTo(other) <= 0;
    }
}
