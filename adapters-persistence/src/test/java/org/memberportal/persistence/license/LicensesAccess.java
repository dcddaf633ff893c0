package org.memberportal.persistence.license;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the repository on their own entity manager. */
public final class LicensesAccess {

    private LicensesAccess() {
    }

    public static JpaLicenses of(EntityManager em) {
        JpaLicenses repository = new JpaLicenses();
        repository.em = em;
        return repository;
    }
}
