package org.memberportal.application.company;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

@ApplicationScoped
@Transactional
public class CompanyRegistry implements RegisterCompanyUseCase, ListCompaniesUseCase {

    private final Companies companies;
    private final OpenWarnings raised;
    private final AuditTrail audit;
    private final Clock clock;

    protected CompanyRegistry() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public CompanyRegistry(Companies companies, OpenWarnings raised, AuditTrail audit, Clock clock) {
        this.companies = companies;
        this.raised = raised;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Company register(Caller caller, RegisterCompanyCommand command) {
        Authorization.requireAgent(caller);
        try {
            Company company = new Company(CompanyId.newId(), command.name(), command.supportPeriodEndsOn(),
                    command.maintenancePlanEndsOn());
            companies.add(company);
            audit.record(AuditEvent.of(caller, "COMPANY_REGISTERED", company.id(), company.id().value(),
                    company.name(), clock.instant()));
            return company;
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, null, e.getMessage());
        }
    }

    @Override
    public Page<CompanyOverview> list(Caller caller, PageRequest page) {
        Authorization.requireAgent(caller);
        Page<Company> listed = companies.list(page);
        Map<CompanyId, Set<CompanyWarning>> open = raised.openWarningsOf(listed.items().stream().map(Company::id).toList());
        return listed.map(c -> new CompanyOverview(c, open.getOrDefault(c.id(), Set.of())));
    }
}
