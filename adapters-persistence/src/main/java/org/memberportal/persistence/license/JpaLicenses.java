package org.memberportal.persistence.license;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.license.Licenses;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaLicenses implements Licenses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public License add(License license) {
        return OptimisticVersions.insert(em, LicenseEntity.from(license)).toDomain();
    }

    @Override
    public License update(License license) {
        LicenseEntity entity = em.createQuery(
                "select l from LicenseEntity l where l.id = :id and l.companyId = :company", LicenseEntity.class)
                .setParameter("id", license.id())
                .setParameter("company", license.companyId().value())
                .getSingleResult();
        return OptimisticVersions.change(em, entity, entity.version, license.version(), e -> e.copy(license))
                .toDomain();
    }

    @Override
    public List<License> allOf(CompanyId company) {
        return em.createQuery("select l from LicenseEntity l where l.companyId = :company order by l.id",
                LicenseEntity.class)
                .setParameter("company", company.value())
                .getResultStream()
                .map(LicenseEntity::toDomain)
                .toList();
    }

    @Override
    public Page<License> pageOf(CompanyId company, PageRequest page) {
        return KeysetQuery.of(em, LicenseEntity.class, "l")
                .where(true, "l.companyId = :company", "company", company.value())
                .ascending(page, l -> l.id)
                .map(LicenseEntity::toDomain);
    }

    @Override
    public List<CompanyId> companiesHolding(String product) {
        return em.createQuery("select distinct l.companyId from LicenseEntity l where lower(l.product) = :product"
                + " order by l.companyId", String.class)
                .setParameter("product", product.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .map(CompanyId::new)
                .toList();
    }
}
