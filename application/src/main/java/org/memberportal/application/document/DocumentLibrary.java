package org.memberportal.application.document;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.document.Document;

@ApplicationScoped
@Transactional
public class DocumentLibrary implements CurateDocumentsUseCase, ListDocumentsUseCase {

    private final Documents documents;
    private final AuditTrail audit;
    private final Clock clock;

    protected DocumentLibrary() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public DocumentLibrary(Documents documents, AuditTrail audit, Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Document publish(Caller caller, NewDocument command) {
        Authorization.requireAgent(caller);
        Document document = Inputs.checked(() -> Document.publish(command.title(), command.product(),
                command.productVersion(), new WebLink(command.url()), clock.instant()));
        documents.add(document);
        audit.record(AuditEvent.of(caller, "DOCUMENT_PUBLISHED", null, document.id(),
                document.product() + " " + document.productVersion() + ": " + document.title(), clock.instant()));
        return document;
    }

    @Override
    public void withdraw(Caller caller, String documentId) {
        Authorization.requireAgent(caller);
        if (!documents.remove(documentId)) {
            throw Refusal.notFound("the document");
        }
        audit.record(AuditEvent.of(caller, "DOCUMENT_WITHDRAWN", null, documentId, null, clock.instant()));
    }

    @Override
    public Page<Document> list(Caller caller, PageRequest page) {
        if (caller instanceof Caller.Member member) {
            Authorization.require(member, Capability.PORTAL_ACCESS, member.companyId());
        }
        return documents.page(page);
    }
}
