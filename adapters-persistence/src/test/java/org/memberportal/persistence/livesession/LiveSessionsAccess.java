package org.memberportal.persistence.livesession;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repositories on their own entity manager. */
public final class LiveSessionsAccess {

    private LiveSessionsAccess() {
    }

    public static JpaLiveSessions sessions(EntityManager em) {
        JpaLiveSessions repository = new JpaLiveSessions();
        repository.em = em;
        return repository;
    }

    public static JpaCoupons coupons(EntityManager em) {
        JpaCoupons repository = new JpaCoupons();
        repository.em = em;
        return repository;
    }
}
