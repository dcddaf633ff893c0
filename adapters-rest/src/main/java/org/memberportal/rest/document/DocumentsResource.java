package org.memberportal.rest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.document.ListDocumentsUseCase;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Installation and update documents, for every active account (only those can log in). */
@Path("documents")
@Tag(name = "Documents", description = "Installation and update documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    ListDocumentsUseCase listDocuments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listDocuments", summary = "Installation and update documents")
    @APIResponse(responseCode = "200", description = "A page of documents, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentPage")))
    public ListPage<DocumentView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listDocuments.list(caller.require(), Cursor.page(cursor, limit)), DocumentView::of);
    }
}
