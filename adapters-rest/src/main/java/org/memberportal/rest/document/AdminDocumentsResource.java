package org.memberportal.rest.document;

import jakarta.enterprise.context.RequestScoped;
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

import org.memberportal.application.document.CurateDocumentsUseCase;
import org.memberportal.application.document.CurateDocumentsUseCase.NewDocument;
import org.memberportal.domain.WebLink;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.security.CurrentCaller;

/** Agents publish and withdraw installation and update documents. */
@Path("admin/documents")
@RequestScoped
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
    public Response publish(@Valid NewDocumentBody body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(DocumentView.of(documents.publish(caller.require(),
                        new NewDocument(body.title, body.product, body.version, body.url))))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") String documentId) {
        documents.withdraw(caller.require(), documentId);
        return Response.noContent().build();
    }
}
