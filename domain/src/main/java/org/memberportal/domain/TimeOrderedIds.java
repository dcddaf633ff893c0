package org.memberportal.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 identifiers (RFC 9562): random, yet ordered by creation time, so a list sorted by
 * id is in the order things were made and a page cursor can simply be the last id seen. The JDK
 * makes only version 4, hence these few lines.
 *
 * <p>Ids made within one millisecond would share their time and order at random, so the 12 bits
 * after the time are a counter (RFC 9562, 6.2, method 1): it starts at a random value below half
 * its range each new millisecond and counts up within it, so that the ids of one JVM strictly
 * increase. Should it run over, or the clock step back, the time is carried forward instead.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_LIMIT = 1 << 12;

    private static long lastMillis = -1;
    private static int counter;

    private TimeOrderedIds() {
    }

    public static String next() {
        long millis;
        int sequence;
        synchronized (TimeOrderedIds.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
            } else if (++counter == COUNTER_LIMIT) {
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
            sequence = counter;
        }
        long msb = (millis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
