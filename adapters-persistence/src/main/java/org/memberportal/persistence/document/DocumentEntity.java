package org.memberportal.persistence.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.WebLink;
import org.memberportal.domain.document.Document;

/** Documents are published and withdrawn, never changed: no version. */
@Entity
@Table(name = "documents")
public class DocumentEntity {

    @Id
    String id;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String product;

    @Column(name = "product_version", nullable = false)
    String productVersion;

    @Column(nullable = false)
    String url;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    protected DocumentEntity() {
    }

    static DocumentEntity from(Document document) {
        DocumentEntity entity = new DocumentEntity();
        entity.id = document.id();
        entity.title = document.title();
        entity.product = document.product();
        entity.productVersion = document.productVersion();
        entity.url = document.link().value();
        entity.publishedAt = document.publishedAt();
        return entity;
    }

    Document toDomain() {
        return new Document(id, title, product, productVersion, new WebLink(url), publishedAt);
    }
}
