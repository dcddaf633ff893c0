package org.memberportal.batch.control;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Each chunk done extends the run's lease: a run that works keeps its lock, a dead one loses it.
 * Any job's chunk step may list it.
 */
@Named("jobLeaseRenewal")
@Dependent
public class LeaseRenewal extends AbstractChunkListener {

    @Inject
    RunLease lease;

    @Override
    public void afterChunk() {
        lease.extend();
    }
}
