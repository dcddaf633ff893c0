package org.memberportal.application.audience;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.jobs.Fence;

/**
 * A push chunk's outcomes, recorded in one transaction of their own: the run's fence first (a run
 * whose lease was taken over writes nothing), then every state in one batch of writes.
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

    public void record(List<SyncState> outcomes, Fence fence) {
        if (outcomes.isEmpty()) {
            return;
        }
        fence.check();
        states.saveAll(outcomes);
    }
}
