package org.memberportal.domain.license;

import org.memberportal.domain.ReadableCodes;

/** The shapes of license keys (five groups of five: 125 random bits) and activation codes (four of four). */
public final class LicenseCodes {

    private LicenseCodes() {
    }

    public static String newLicenseKey() {
        return ReadableCodes.generate(5, 5);
    }

    public static String newActivationCode() {
        return ReadableCodes.generate(4, 4);
    }

    public static boolean isLicenseKey(String text) {
        return ReadableCodes.hasShape(text, 5, 5);
    }

    public static boolean isActivationCode(String text) {
        return ReadableCodes.hasShape(text, 4, 4);
    }
}
