package org.memberportal.persistence.download;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.WebLink;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

@Entity
@Table(name = "download_requests")
public class DownloadRequestEntity {

    static final String FOR_COMPANY = "COMPANY";

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(nullable = false, updatable = false)
    String product;

    @Column(name = "requested_by", updatable = false)
    String requestedBy;

    /** The account's id, or {@link #FOR_COMPANY}: with the product's key, unique per company. */
    @Column(name = "recipient_key", nullable = false, updatable = false)
    String recipientKey;

    @Column(name = "product_key", nullable = false, updatable = false)
    String productKey;

    @Column(name = "published_by", updatable = false)
    String publishedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DownloadRequest.Status status;

    @Column
    String url;

    @Column(name = "granted_at")
    Instant grantedAt;

    @Version
    long version;

    protected DownloadRequestEntity() {
    }

    static DownloadRequestEntity from(DownloadRequest request) {
        DownloadRequestEntity entity = new DownloadRequestEntity();
        entity.id = request.id();
        entity.companyId = request.companyId().value();
        entity.product = request.product();
        entity.requestedBy = request.isForCompany() ? null : request.requestedBy().value();
        entity.recipientKey = request.isForCompany() ? FOR_COMPANY : entity.requestedBy;
        entity.productKey = request.productKey();
        entity.publishedBy = request.publishedBy() == null ? null : request.publishedBy().value();
        entity.requestedAt = request.requestedAt();
        entity.copy(request);
        return entity;
    }

    void copy(DownloadRequest request) {
        status = request.status();
        url = request.link() == null ? null : request.link().value();
        grantedAt = request.grantedAt();
    }

    DownloadRequest toDomain() {
        return DownloadRequest.restore(id, new CompanyId(companyId), product,
                requestedBy == null ? null : new AccountId(requestedBy), requestedAt, status,
                url == null ? null : new WebLink(url), grantedAt, publishedBy == null ? null : new AgentId(publishedBy),
                version);
    }
}
