package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.warning.RaisedWarnings;
import org.memberportal.application.warning.RaisedWarningsContract;

class InMemoryRaisedWarningsTest extends RaisedWarningsContract {

    private final InMemoryRaisedWarnings warnings = new InMemoryRaisedWarnings();

    @Override
    protected <T> T inTransaction(Function<RaisedWarnings, T> work) {
        return work.apply(warnings);
    }
}
