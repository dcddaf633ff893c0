package org.memberportal.batch.coverage;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.warning.AuditCoverageUseCase;
import org.memberportal.batch.control.RunLease;
import org.memberportal.domain.company.CompanyId;

/**
 * Audits the chunk's companies in the chunk's transaction, behind the run's fence; reconciling is
 * idempotent, so a replayed chunk changes nothing.
 */
@Named("coverageAuditWriter")
@Dependent
public class CoverageAuditWriter extends AbstractItemWriter {

    @Inject
    AuditCoverageUseCase audit;

    @Inject
    RunLease lease;

    @Override
    public void writeItems(List<Object> companies) {
        audit.audit(companies.stream().map(CompanyId.class::cast).toList(), lease.fence());
    }
}
