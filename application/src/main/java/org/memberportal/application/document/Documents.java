package org.memberportal.application.document;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.document.Document;

/** Installation and update documents: the vendor's, the same for every company. */
public interface Documents {

    void add(Document document);

    /** True when there was such a document to remove. */
    boolean remove(String id);

    /** Newest first. */
    Page<Document> page(PageRequest page);
}
