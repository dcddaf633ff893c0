package org.memberportal.persistence.account;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the account repository on their own entity manager. */
public final class JpaAccountsAccess {

    private JpaAccountsAccess() {
    }

    public static JpaAccounts of(EntityManager em) {
        JpaAccounts accounts = new JpaAccounts();
        accounts.em = em;
        return accounts;
    }
}
