package org.memberportal.domain.document;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.license.License;

/** An installation or update document of a product version, published by agents for every active account. */
public record Document(String id, String title, String product, String productVersion, WebLink link,
        Instant publishedAt) {

    public Document {
        Objects.requireNonNull(id, "id");
        title = Texts.requireOneLine("the title", title, 200);
        product = License.product(product);
        productVersion = Texts.requireOneLine("the version", productVersion, 50);
        Texts.present(link, "the link is missing");
        Objects.requireNonNull(publishedAt, "published at");
    }

    public static Document publish(String title, String product, String productVersion, WebLink link, Instant now) {
        return new Document(TimeOrderedIds.next(), title, product, productVersion, link, now);
    }
}
