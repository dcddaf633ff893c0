package org.memberportal.rest.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.document.CurateDocumentsUseCase;
import org.memberportal.application.document.CurateDocumentsUseCase.NewDocument;
import org.memberportal.domain.WebLink;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.problem.Problems;

/** Agents publish and withdraw installation and update documents. */
@Path("admin/documents")
@Tag(name = "Admin: documents", description = "Agents: installation and update documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDocumentsResource {

    @Inject
    CurateDocumentsUseCase documents;

    @Inject
    CurrentCaller caller;

    /** {@code {title, product, version, url}}: {@code version} is the product's. */
    public static class NewDocumentBody implements RequestBody {
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String title;

        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String product;

        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String version;

        @NotBlank
        @Size(max = WebLink.MAX_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String url;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishDocument", summary = "Publish a document")
    @APIResponse(responseCode = "201", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    public Response publish(@Valid NewDocumentBody body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(DocumentView.of(documents.publish(caller.require(),
                        new NewDocument(body.title, body.product, body.version, body.url))))
                .build();
    }

    @DELETE
    @Path("{id}")
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "withdrawDocument", summary = "Withdraw a document")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") String documentId) {
        documents.withdraw(caller.require(), documentId);
        return Response.noContent().build();
    }
}
