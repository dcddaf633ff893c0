package org.memberportal.batch.coverage;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.memberportal.application.notification.AuditCoverageUseCase;
import org.memberportal.domain.company.CompanyId;

/** Audits each company of the chunk; reconciling is idempotent, so a replayed chunk changes nothing. */
@Named("coverageAuditWriter")
@Dependent
public class CoverageAuditWriter extends AbstractItemWriter {

    @Inject
    AuditCoverageUseCase audit;

    @Override
    public void writeItems(List<Object> companies) {
        for (Object company : companies) {
            audit.audit((CompanyId) company);
        }
    }
}
