package org.memberportal.persistence.account;

import org.memberportal.application.refusal.Refusal;

/** Optimistic locking between a read and the change made from it. */
final class Versions {

    private Versions() {
    }

    static void requireCurrent(long stored, long read) {
        if (stored != read) {
            throw Refusal.conflict("stale-version", "It was changed meanwhile; read it again.");
        }
    }
}
