package org.memberportal.application.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.Caller;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

@ApplicationScoped
@Transactional
public class CompanyRegistry implements RegisterCompanyUseCase, ListCompaniesUseCase {

    private final Companies companies;

    protected CompanyRegistry() {
        this(null); // for the CDI proxy
    }

    @Inject
    public CompanyRegistry(Companies companies) {
        this.companies = companies;
    }

    @Override
    public Company register(Caller caller, RegisterCompanyCommand command) {
        Authorization.requireAgent(caller);
        try {
            Company company = new Company(CompanyId.newId(), command.name(), command.supportPeriodEndsOn(),
                    command.maintenancePlanEndsOn());
            companies.add(company);
            return company;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(null, e.getMessage());
        }
    }

    @Override
    public Page<Company> list(Caller caller, PageRequest page) {
        Authorization.requireAgent(caller);
        return companies.list(page);
    }
}
