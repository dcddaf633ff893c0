package org.memberportal.application.document;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.document.Document;

public interface ListDocumentsUseCase {

    /** For every active account (a session exists only for those) and for agents; newest first. */
    Page<Document> list(Caller caller, PageRequest page);
}
