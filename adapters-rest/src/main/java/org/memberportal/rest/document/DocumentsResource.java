package org.memberportal.rest.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.memberportal.application.document.ListDocumentsUseCase;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Installation and update documents, for every active account (only those can log in). */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    ListDocumentsUseCase listDocuments;

    @Inject
    CurrentCaller caller;

    @GET
    public ListPage<DocumentView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listDocuments.list(caller.require(), Cursor.page(cursor, limit)), DocumentView::of);
    }
}
