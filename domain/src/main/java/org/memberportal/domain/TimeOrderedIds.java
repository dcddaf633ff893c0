package org.memberportal.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 identifiers (RFC 9562): random, yet ordered by creation time, so a list sorted by
 * id is in the order things were made and a page cursor can simply be the last id seen. The JDK
 * makes only version 4, hence these few lines.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static String next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
