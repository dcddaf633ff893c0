package org.memberportal.application.warning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.jobs.Fence;
import org.memberportal.application.company.Companies;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

@ApplicationScoped
@Transactional
public class CoverageAudit implements AuditCoverageUseCase, ListWarningsUseCase {

    private final Companies companies;
    private final StaffCensus census;
    private final CoverageWatch watch;
    private final RaisedWarnings raised;

    protected CoverageAudit() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public CoverageAudit(Companies companies, StaffCensus census, CoverageWatch watch, RaisedWarnings raised) {
        this.companies = companies;
        this.census = census;
        this.watch = watch;
        this.raised = raised;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompanyId> companiesAfter(String afterId, int limit) {
        return companies.idsAfter(afterId, limit);
    }

    @Override
    public Map<CompanyId, Set<CompanyWarning>> audit(List<CompanyId> chunk, Fence fence) {
        fence.check();
        return watch.reconcile(StaffCoverage.warningsOf(chunk, census.countsOf(chunk)));
    }

    @Override
    public Page<WarningEntry> list(Caller caller, Boolean open, PageRequest page) {
        Authorization.requireAgent(caller);
        Page<RaisedWarning> warnings = raised.page(open, page);
        Map<CompanyId, String> names = companies.findAll(warnings.items().stream().map(RaisedWarning::companyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Company::id, Company::name));
        return warnings.map(w -> new WarningEntry(w.id(), w.companyId(), names.get(w.companyId()), w.warning(),
                w.since(), w.clearedAt()));
    }

}
