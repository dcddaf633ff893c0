package org.memberportal.application.testing;

import java.util.List;
import java.util.function.Function;

import org.memberportal.application.audience.SyncStatesContract;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncMarks;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncStates;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;

class InMemorySyncStatesTest extends SyncStatesContract {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final Stores stores = new Stores(new InMemorySyncStates(accounts, companies, preferences),
            new InMemorySyncMarks(), preferences, new InMemoryConsentHistory());

    @Override
    protected <T> T inTransaction(Function<Stores, T> work) {
        return work.apply(stores);
    }

    @Override
    protected List<PortalAccount> store(Company company, List<PortalAccount> memberships) {
        companies.add(company);
        return memberships.stream().map(accounts::add).toList();
    }
}
