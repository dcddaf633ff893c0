package org.memberportal.domain;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UUID version 7 identifiers (RFC 9562): random, yet ordered by creation time, so a list sorted by
 * id is in the order things were made and a page cursor can simply be the last id seen. The JDK
 * makes only version 4, hence these few lines.
 *
 * <p>Ids made by one JVM are strictly increasing, within a millisecond too: the 12 bits after the
 * version count up from a random start (RFC 9562, method 3, "replace leftmost random bits with
 * increased clock precision" simplified to a counter), and a full counter moves on to the next
 * millisecond.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION = 0x7L << 12;
    private static final long COUNTER = 0xFFFL;
    private static final AtomicLong LAST_HIGH = new AtomicLong();

    private TimeOrderedIds() {
    }

    public static String next() {
        long candidate = (System.currentTimeMillis() << 16) | VERSION | RANDOM.nextInt(1 << 11);
        long msb = LAST_HIGH.accumulateAndGet(candidate, TimeOrderedIds::after);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    /** The candidate when it is later than the last high half, else the last one counted up by one. */
    static long after(long last, long candidate) {
        if (candidate > last) {
            return candidate;
        }
        if ((last & COUNTER) < COUNTER) {
            return last + 1;
        }
        return (((last >>> 16) + 1) << 16) | VERSION;
    }
}
