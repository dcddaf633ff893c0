package org.memberportal.persistence.ticket;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repository on their own entity manager. */
public final class TicketsAccess {

    private TicketsAccess() {
    }

    public static JpaTickets of(EntityManager em) {
        JpaTickets repository = new JpaTickets();
        repository.em = em;
        return repository;
    }
}
