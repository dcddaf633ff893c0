package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.warning.RaisedWarnings;
import org.memberportal.application.warning.RaisedWarningsContract;
import org.memberportal.domain.company.CompanyId;

class InMemoryRaisedWarningsTest extends RaisedWarningsContract {

    private final InMemoryRaisedWarnings warnings = new InMemoryRaisedWarnings();

    @Override
    protected <T> T inTransaction(Function<RaisedWarnings, T> work) {
        return work.apply(warnings);
    }

    @Override
    protected CompanyId company() {
        return CompanyId.newId();
    }
}
