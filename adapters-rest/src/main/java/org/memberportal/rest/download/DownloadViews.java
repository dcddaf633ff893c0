package org.memberportal.rest.download;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.download.DownloadRequest;

public final class DownloadViews {

    private DownloadViews() {
    }

    /** A granted link, as members see it in their company's downloads; {@code requestedBy} is null for a link to the company. */
    public record DownloadLinkView(String id, String product, String url, String requestedBy, Instant requestedAt,
            Instant grantedAt) {

        static DownloadLinkView of(DownloadRequest link) {
            return new DownloadLinkView(link.id(), link.product(), link.link().value(), idOf(link),
                    link.requestedAt(), link.grantedAt());
        }
    }

    /**
     * A request and, once granted, its link. {@code publishedBy}: the agent who published the link
     * without a request (then {@code requestedBy} is the account it went to, or null for the company).
     */
    @Schema(name = "DownloadRequestView")
    public record DownloadRequestView(String id, String companyId, String product, String requestedBy,
            Instant requestedAt, String status, String url, Instant grantedAt, String publishedBy, long version) {

        public static DownloadRequestView of(DownloadRequest request) {
            return new DownloadRequestView(request.id(), request.companyId().value(), request.product(),
                    idOf(request), request.requestedAt(), request.status().name(),
                    request.link() == null ? null : request.link().value(), request.grantedAt(),
                    request.publishedBy() == null ? null : request.publishedBy().value(), request.version());
        }
    }

    private static String idOf(DownloadRequest request) {
        return request.isForCompany() ? null : request.requestedBy().value();
    }
}
