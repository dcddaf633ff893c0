package org.memberportal.application.license;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseDisclosure;
import org.memberportal.domain.license.LicenseInformation;
import org.memberportal.domain.license.MaintenanceStatus;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

/** Companies' licenses: issued by agents, shown to members as far as their capabilities allow. */
@ApplicationScoped
@Transactional
public class LicenseRegistry implements IssueLicenseUseCase, ListLicensesUseCase {

    private final Licenses licenses;
    private final LicenseOrderHistory orders;
    private final Companies companies;
    private final AuditTrail audit;
    private final Clock clock;

    protected LicenseRegistry() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public LicenseRegistry(Licenses licenses, LicenseOrderHistory orders, Companies companies, AuditTrail audit, Clock clock) {
        this.licenses = licenses;
        this.orders = orders;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public License issue(Caller caller, CompanyId company, NewLicense command) {
        Authorization.requireAgent(caller);
        companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
        License license = licenses.add(Inputs.checked(() -> License.issue(company, command.product(), command.kind(),
                command.quantity(), command.expiresOn(), clock.instant())));
        audit.record(AuditEvent.of(caller, "LICENSE_ISSUED", company, license.id(),
                license.product() + ", " + license.kind() + " x" + license.quantity(), clock.instant()));
        return license;
    }

    @Override
    public Page<LicenseInformation> list(Caller caller, CompanyId companyId, PageRequest page) {
        if (!caller.isAgent()) {
            Authorization.requireMemberOf(caller, companyId);
        }
        Company company = companies.find(companyId).orElseThrow(() -> Refusal.notFound("the company"));
        LicenseDisclosure disclosure = LicenseDisclosure.allowedTo(caller, companyId)
                .orElseThrow(() -> Refusal.notPermitted("Your permission level does not include license information."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        MaintenanceStatus maintenance = MaintenanceStatus.of(company, today);
        List<Order> licenseOrders = disclosure == LicenseDisclosure.LIMITED ? List.of() : orders.licenseOrdersOf(companyId);
        return licenses.pageOf(companyId, page).map(license -> LicenseInformation.of(disclosure, license, maintenance,
                historyOf(license, licenseOrders), today));
    }

    /** The company's orders of more licenses of this product and kind. */
    private static List<LicenseInformation.OrderRecord> historyOf(License license, List<Order> licenseOrders) {
        return licenseOrders.stream()
                .filter(o -> o.line() instanceof OrderLine.Licenses line && license.isOf(line.product(), line.kind()))
                .map(o -> new LicenseInformation.OrderRecord(o.id(), ((OrderLine.Licenses) o.line()).quantity(),
                        o.status().name(), o.placedAt(), o.fulfilledAt()))
                .toList();
    }
}
