package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.throttle.AttemptCountersContract;

class InMemoryAttemptCountersTest extends AttemptCountersContract {

    private final InMemoryAttemptCounters counters = new InMemoryAttemptCounters();

    /** One transaction at a time: the fake's lock holds nothing, so its transactions take turns. */
    @Override
    protected <T> T inTransaction(Function<AttemptCounters, T> work) {
        synchronized (counters) {
            return work.apply(counters);
        }
    }
}
