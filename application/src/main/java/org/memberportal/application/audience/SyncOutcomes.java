package org.memberportal.application.audience;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.jobs.Fence;
import org.memberportal.domain.account.AccountId;

/**
 * A push chunk's outcomes, recorded in one transaction of their own: the run's fence first (a run
 * whose lease was taken over writes nothing), then every state in one batch of writes, each over
 * the stored version it was read at.
 */
@ApplicationScoped
@Transactional
public class SyncOutcomes {

    private final SyncStates states;

    protected SyncOutcomes() {
        this(null); // for the CDI proxy
    }

    @Inject
    public SyncOutcomes(SyncStates states) {
        this.states = states;
    }

    /** Answers the accounts whose state changed since it was read: their outcomes are not stored. */
    public List<AccountId> record(List<SyncState> outcomes, Fence fence) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        fence.check();
        return states.saveAll(outcomes);
    }
}
