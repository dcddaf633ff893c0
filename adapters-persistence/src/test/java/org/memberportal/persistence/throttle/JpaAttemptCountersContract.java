package org.memberportal.persistence.throttle;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.throttle.AttemptCountersContract;
import org.memberportal.persistence.testing.TestDatabase;

/** The contract of attempt counters on each database the portal runs on. */
abstract class JpaAttemptCountersContract extends AttemptCountersContract {

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<AttemptCounters, T> work) {
        return database().inTransaction(JpaAttemptCountersContract::counters, work);
    }

    private static JpaAttemptCounters counters(EntityManager em) {
        JpaAttemptCounters counters = new JpaAttemptCounters();
        counters.em = em;
        return counters;
    }
}
