package org.memberportal.application.warning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memberportal.application.jobs.Fence;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** The coverage audit: every company's warnings brought in line with what holds now. */
public interface AuditCoverageUseCase {

    String JOB = "coverage-audit";

    /**
     * The companies to audit, up to {@code limit} after {@code afterId} (from the first when null),
     * in the order they were registered.
     */
    List<CompanyId> companiesAfter(String afterId, int limit);

    /**
     * Audits these companies in one transaction (the chunk's), behind the run's fence; answers
     * the warnings raised now, by company.
     */
    Map<CompanyId, Set<CompanyWarning>> audit(List<CompanyId> companies, Fence fence);
}
