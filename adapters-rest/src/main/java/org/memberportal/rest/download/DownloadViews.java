package org.memberportal.rest.download;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.download.DownloadRequest;

public final class DownloadViews {

    private DownloadViews() {
    }

    /** A granted link, as members see it in their company's downloads. */
    public record DownloadLinkView(String id, String product, String url, String requestedBy, Instant requestedAt,
            Instant grantedAt) {

        static DownloadLinkView of(DownloadRequest link) {
            return new DownloadLinkView(link.id(), link.product(), link.link().value(), link.requestedBy().value(),
                    link.requestedAt(), link.grantedAt());
        }
    }

    /** A request and, once granted, its link. */
    @Schema(name = "DownloadRequestView")
    public record DownloadRequestView(String id, String companyId, String product, String requestedBy,
            Instant requestedAt, String status, String url, Instant grantedAt, long version) {

        static DownloadRequestView of(DownloadRequest request) {
            return new DownloadRequestView(request.id(), request.companyId().value(), request.product(),
                    request.requestedBy().value(), request.requestedAt(), request.status().name(),
                    request.link() == null ? null : request.link().value(), request.grantedAt(), request.version());
        }
    }
}
