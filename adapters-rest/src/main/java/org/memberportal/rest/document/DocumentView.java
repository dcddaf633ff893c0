package org.memberportal.rest.document;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.document.Document;

/** {@code version} is the product version the document is for. */
@Schema(name = "DocumentView")
public record DocumentView(String id, String title, String product, String version, String url,
        Instant publishedAt) {

    static DocumentView of(Document document) {
        return new DocumentView(document.id(), document.title(), document.product(), document.productVersion(),
                document.link().value(), document.publishedAt());
    }
}
