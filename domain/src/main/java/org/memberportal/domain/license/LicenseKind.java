package org.memberportal.domain.license;

public enum LicenseKind {
    /** Seats on named computers: one activation code per computer. */
    COMPUTER,
    /** Simultaneous connections to one installation: one activation code for that installation. */
    CONCURRENT_CONNECTION
}
