package org.memberportal.persistence.database;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.memberportal.application.refusal.Refusal;

/**
 * Rows with a {@code @Version}, written the one way every repository writes them: the answer is
 * the row as stored, so the caller holds the version its next update must name. The one place a
 * version conflict becomes the {@code stale-version} refusal: a change made from a version that is
 * no longer the stored one, and a concurrent writer that got there first (the database's
 * {@link OptimisticLockException} at flush), alike.
 */
public final class OptimisticVersions {

    private OptimisticVersions() {
    }

    /** Inserts the row and answers it as stored: EclipseLink gives a new row its first version on insert. */
    public static <E> E insert(EntityManager em, E entity) {
        em.persist(entity);
        flush(em);
        return entity;
    }

    /**
     * Inserts a row the caller read as absent ({@code readVersion} 0), refusing as stale when
     * someone stored it since the caller read it.
     */
    public static <E> E insert(EntityManager em, E entity, long readVersion) {
        requireCurrent(0, readVersion);
        return insert(em, entity);
    }

    /**
     * Applies a change made from a read at {@code readVersion}, refusing it as stale when the row
     * moved on since; answers the row with its new version.
     */
    public static <E> E change(EntityManager em, E entity, long storedVersion, long readVersion, Consumer<E> copy) {
        requireCurrent(storedVersion, readVersion);
        copy.accept(entity);
        flush(em);
        return entity;
    }

    private static void requireCurrent(long stored, long read) {
        if (stored != read) {
            throw Refusal.staleVersion();
        }
    }

    /** Writes what the persistence context holds; a row someone else changed meanwhile is the stale-version refusal. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw Refusal.staleVersion();
        }
    }
}
