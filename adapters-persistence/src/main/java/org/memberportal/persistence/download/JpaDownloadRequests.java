package org.memberportal.persistence.download;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaDownloadRequests implements DownloadRequests {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public DownloadRequest add(DownloadRequest request) {
        return OptimisticVersions.insert(em, DownloadRequestEntity.from(request)).toDomain();
    }

    @Override
    public DownloadRequest update(DownloadRequest request) {
        DownloadRequestEntity entity = em.find(DownloadRequestEntity.class, request.id());
        return OptimisticVersions.change(em, entity, entity.version, request.version(), e -> e.copy(request))
                .toDomain();
    }

    @Override
    public Optional<DownloadRequest> findForAgent(String id) {
        return Optional.ofNullable(em.find(DownloadRequestEntity.class, id)).map(DownloadRequestEntity::toDomain);
    }

    @Override
    public Page<DownloadRequest> page(CompanyId company, DownloadRequest.Status status, PageRequest page) {
        return KeysetQuery.of(em, DownloadRequestEntity.class, "d")
                .where(company != null, "d.companyId = :company", "company", company == null ? null : company.value())
                .where(status != null, "d.status = :status", "status", status)
                .ascending(page, d -> d.id)
                .map(DownloadRequestEntity::toDomain);
    }

    @Override
    public Page<DownloadRequest> granted(CompanyId company, AccountId requester, PageRequest page) {
        return KeysetQuery.of(em, DownloadRequestEntity.class, "d")
                .where(true, "d.companyId = :company", "company", company.value())
                .where(true, "d.status = :status", "status", DownloadRequest.Status.GRANTED)
                .where(requester != null, "d.requestedBy = :requester", "requester",
                        requester == null ? null : requester.value())
                .descending(page, d -> d.id)
                .map(DownloadRequestEntity::toDomain);
    }
}
