package org.memberportal.persistence.company;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the company repository on their own entity manager. */
public final class JpaCompaniesAccess {

    private JpaCompaniesAccess() {
    }

    public static JpaCompanies of(EntityManager em) {
        JpaCompanies companies = new JpaCompanies();
        companies.em = em;
        return companies;
    }
}
