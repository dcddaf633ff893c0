package org.memberportal.persistence.company;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

@Entity
@Table(name = "companies")
public class CompanyEntity {

    @Id
    String id;

    @Column(nullable = false)
    String name;

    @Column(name = "support_period_ends_on", nullable = false)
    LocalDate supportPeriodEndsOn;

    @Column(name = "maintenance_plan_ends_on")
    LocalDate maintenancePlanEndsOn;

    @Version
    long version;

    protected CompanyEntity() {
    }

    static CompanyEntity from(Company company) {
        CompanyEntity entity = new CompanyEntity();
        entity.id = company.id().value();
        entity.copy(company);
        return entity;
    }

    void copy(Company company) {
        name = company.name();
        supportPeriodEndsOn = company.supportPeriodEndsOn();
        maintenancePlanEndsOn = company.maintenancePlanEndsOn();
    }

    Company toDomain() {
        return new Company(new CompanyId(id), name, supportPeriodEndsOn, maintenancePlanEndsOn);
    }
}
