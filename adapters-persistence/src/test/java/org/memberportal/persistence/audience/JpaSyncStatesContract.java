package org.memberportal.persistence.audience;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.memberportal.application.audience.SyncStatesContract;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.persistence.account.JpaAccountsAccess;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.notification.JpaPreferences;
import org.memberportal.persistence.notification.JpaPreferencesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** The sync states' contract on each database the portal runs on. */
abstract class JpaSyncStatesContract extends SyncStatesContract {

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<Stores, T> work) {
        return database().inTransaction(JpaSyncStatesContract::stores, work);
    }

    @Override
    protected List<PortalAccount> store(Company company, List<PortalAccount> memberships) {
        return database().inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            em.flush();
            return memberships.stream().map(JpaAccountsAccess.of(em)::add).toList();
        });
    }

    private static Stores stores(EntityManager em) {
        JpaSyncStates states = new JpaSyncStates();
        states.em = em;
        JpaPreferences preferences = JpaPreferencesAccess.of(em);
        return new Stores(states, states, preferences, preferences);
    }
}
