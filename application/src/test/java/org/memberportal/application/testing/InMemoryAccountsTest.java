package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.MembershipsContract;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;

class InMemoryAccountsTest extends MembershipsContract {

    private final InMemoryAccounts accounts = new InMemoryAccounts();

    @Override
    protected <T> T inTransaction(Function<Accounts, T> work) {
        return work.apply(accounts);
    }
}
