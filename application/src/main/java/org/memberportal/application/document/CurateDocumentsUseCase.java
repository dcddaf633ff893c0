package org.memberportal.application.document;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.document.Document;

/** The agents' library of installation and update documents: publishing and withdrawing them. */
public interface CurateDocumentsUseCase {

    /** For agents: a new installation or update document. */
    Document publish(Caller caller, NewDocument document);

    /** For agents: takes a document down; not found when there is none. */
    void withdraw(Caller caller, String documentId);

    record NewDocument(String title, String product, String productVersion, String url) {
    }
}
