package org.memberportal.application.warning;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyWarnings implements ListCompanyWarningsUseCase {

    private final RaisedWarnings raised;

    protected CompanyWarnings() {
        this(null); // for the CDI proxy
    }

    @Inject
    public CompanyWarnings(RaisedWarnings raised) {
        this.raised = raised;
    }

    @Override
    public List<RaisedWarning> open(Caller caller, CompanyId company) {
        Caller.Member member = Authorization.requireMemberOf(caller, company);
        if (!CapabilityMatrix.receivesCompanyWarnings(member.level())) {
            throw Refusal.notPermitted("your permission level does not receive the company's warnings");
        }
        return raised.openFor(company).stream().sorted(Comparator.comparing(RaisedWarning::since)).toList();
    }
}
