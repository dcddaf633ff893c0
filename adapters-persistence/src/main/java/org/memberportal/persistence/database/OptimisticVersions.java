package org.memberportal.persistence.database;

import org.memberportal.application.refusal.Refusal;

/** Optimistic locking between a read and the change made from it, for the repositories of every package. */
public final class OptimisticVersions {

    private OptimisticVersions() {
    }

    public static void requireCurrent(long stored, long read) {
        if (stored != read) {
            throw Refusal.conflict("stale-version", "It was changed meanwhile; read it again.");
        }
    }
}
