package org.memberportal.persistence.download;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
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
        try {
            return OptimisticVersions.insert(em, DownloadRequestEntity.from(request)).toDomain();
        } catch (PersistenceException e) {
            if (violatesOnce(e)) {
                // the transaction is lost with the insert: the whole request answers the conflict
                throw Refusal.conflict(ProblemCode.ALREADY_REQUESTED,
                        "That product's download link was asked for or granted already.");
            }
            throw e;
        }
    }

    private static boolean violatesOnce(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains("download_requests_once")) {
                return true;
            }
        }
        return false;
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
                .where(requester != null, "(d.requestedBy = :requester or d.requestedBy is null)", "requester",
                        requester == null ? null : requester.value())
                .descending(page, d -> d.id)
                .map(DownloadRequestEntity::toDomain);
    }

    @Override
    public Page<DownloadRequest> ofAccount(CompanyId company, AccountId account, PageRequest page) {
        return KeysetQuery.of(em, DownloadRequestEntity.class, "d")
                .where(true, "d.companyId = :company", "company", company.value())
                .where(true, "d.requestedBy = :account", "account", account.value())
                .descending(page, d -> d.id)
                .map(DownloadRequestEntity::toDomain);
    }

    @Override
    public Optional<DownloadRequest> covering(CompanyId company, AccountId account, String productKey) {
        return em.createQuery("select d from DownloadRequestEntity d where d.companyId = :company"
                + " and d.productKey = :product and d.recipientKey in :recipients order by d.id",
                DownloadRequestEntity.class)
                .setParameter("company", company.value())
                .setParameter("product", productKey)
                .setParameter("recipients", account == null ? List.of(DownloadRequestEntity.FOR_COMPANY)
                        : List.of(DownloadRequestEntity.FOR_COMPANY, account.value()))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(DownloadRequestEntity::toDomain);
    }

    @Override
    public List<DownloadRequest> waiting(CompanyId company, String productKey) {
        return em.createQuery("select d from DownloadRequestEntity d where d.companyId = :company"
                + " and d.productKey = :product and d.status = :status order by d.id", DownloadRequestEntity.class)
                .setParameter("company", company.value())
                .setParameter("product", productKey)
                .setParameter("status", DownloadRequest.Status.REQUESTED)
                .getResultStream()
                .map(DownloadRequestEntity::toDomain)
                .toList();
    }
}
