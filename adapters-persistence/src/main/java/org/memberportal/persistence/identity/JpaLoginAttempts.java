package org.memberportal.persistence.identity;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.identity.LoginAttempts;

@ApplicationScoped
public class JpaLoginAttempts implements LoginAttempts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Instant> failuresSince(String key, Instant since) {
        return em.createQuery("""
                select f.failedAt from LoginFailureEntity f
                where f.key = :key and f.failedAt > :since order by f.failedAt""", Instant.class)
                .setParameter("key", key)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public void recordFailure(String key, Instant at) {
        em.persist(new LoginFailureEntity(key, at));
    }

    @Override
    public void clear(String key, Instant before) {
        em.createQuery("delete from LoginFailureEntity f where f.key = :key or f.failedAt < :before")
                .setParameter("key", key)
                .setParameter("before", before)
                .executeUpdate();
    }

    @Override
    public int purgeBefore(Instant before) {
        return em.createQuery("delete from LoginFailureEntity f where f.failedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
