package org.memberportal.application.lifecycle;

import java.util.Locale;

/**
 * Where the portal runs. A laptop's first run needs no mail server, proxy or key of its own; a
 * portal that customers reach must have them, and hands no secret out for lack of them.
 */
public enum PortalEnvironment {
    DEVELOPMENT, PRODUCTION;

    public boolean isProduction() {
        return this == PRODUCTION;
    }

    /** The setting's value, {@code development} or {@code production} in any case. */
    public static PortalEnvironment of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "PORTAL_ENVIRONMENT must be development or production, not '" + setting + "'", e);
        }
    }
}
