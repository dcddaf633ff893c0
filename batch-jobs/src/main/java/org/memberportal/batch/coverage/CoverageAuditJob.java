package org.memberportal.batch.coverage;

import jakarta.enterprise.context.ApplicationScoped;

import org.memberportal.application.jobs.BatchJob;
import org.memberportal.application.warning.AuditCoverageUseCase;

/** The coverage audit needs nothing outside the portal's database: it is always configured. */
@ApplicationScoped
public class CoverageAuditJob implements BatchJob {

    @Override
    public String name() {
        return AuditCoverageUseCase.JOB;
    }

    @Override
    public boolean isConfigured() {
        return true;
    }
}
