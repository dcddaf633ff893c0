package org.memberportal.persistence.database;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.memberportal.application.refusal.Refusal;

/**
 * Rows with a {@code @Version}, written the one way every repository writes them: the answer is
 * the row as stored, so the caller holds the version its next update must name.
 */
public final class OptimisticVersions {

    private OptimisticVersions() {
    }

    /** Inserts the row and answers it as stored: EclipseLink gives a new row its first version on insert. */
    public static <E> E insert(EntityManager em, E entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /**
     * Applies a change made from a read at {@code readVersion}, refusing it as stale when the row
     * moved on since; answers the row with its new version.
     */
    public static <E> E change(EntityManager em, E entity, long storedVersion, long readVersion, Consumer<E> copy) {
        requireCurrent(storedVersion, readVersion);
        copy.accept(entity);
        em.flush();
        return entity;
    }

    public static void requireCurrent(long stored, long read) {
        if (stored != read) {
            throw Refusal.conflict("stale-version", "It was changed meanwhile; read it again.");
        }
    }
}
