package org.memberportal.persistence.order;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repository on their own entity manager. */
public final class OrdersAccess {

    private OrdersAccess() {
    }

    public static JpaOrders of(EntityManager em) {
        JpaOrders repository = new JpaOrders();
        repository.em = em;
        return repository;
    }
}
