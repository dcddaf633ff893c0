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
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

@Entity
@Table(name = "download_requests")
public class DownloadRequestEntity {

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(nullable = false, updatable = false)
    String product;

    @Column(name = "requested_by", nullable = false, updatable = false)
    String requestedBy;

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
        entity.requestedBy = request.requestedBy().value();
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
        return DownloadRequest.restore(id, new CompanyId(companyId), product, new AccountId(requestedBy), requestedAt,
                status, url == null ? null : new WebLink(url), grantedAt, version);
    }
}
