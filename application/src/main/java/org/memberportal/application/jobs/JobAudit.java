package org.memberportal.application.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;

/** Records what agents do with jobs, each event in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobAudit {

    private final AuditTrail trail;

    protected JobAudit() {
        this(null); // for the CDI proxy
    }

    @Inject
    public JobAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public void record(AuditEvent event) {
        trail.record(event);
    }
}
