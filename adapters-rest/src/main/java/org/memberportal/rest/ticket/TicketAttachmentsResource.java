package org.memberportal.rest.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.ticket.AttachFileUseCase;
import org.memberportal.application.ticket.AttachFileUseCase.Upload;
import org.memberportal.application.ticket.DownloadAttachmentUseCase;
import org.memberportal.application.ticket.DownloadAttachmentUseCase.Download;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.rest.security.CurrentCaller;

/**
 * Files on tickets, streamed both ways. A file is always served as a download (Content-Disposition
 * attachment, nosniff, a sandboxing CSP): never rendered by a page of the portal, whatever its type.
 */
@Path("tickets/{id}/attachments")
@Tag(name = "Tickets", description = "Support tickets and their replies")
@ApplicationScoped
public class TicketAttachmentsResource {

    /** The form field that carries the file. */
    static final String FILE_PART = "file";

    @Inject
    AttachFileUseCase attachFile;

    @Inject
    DownloadAttachmentUseCase download;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachFile", summary = "Attach a file (multipart/form-data, part \"file\")")
    @APIResponse(responseCode = "201", description = "The attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AttachmentView")))
    @APIResponse(responseCode = "400", description = "No part named file")
    @APIResponse(responseCode = "403", description = "Neither the author, nor allowed to reply to the company's tickets")
    @APIResponse(responseCode = "409", description = "too-many-attachments, or ticket-closed")
    @APIResponse(responseCode = "413", description = "The file is over the size limit (10 MiB by default)")
    public Response attach(@PathParam("id") String ticketId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body) {
        String boundary = MultipartFile.boundaryOf(type).orElseThrow(() -> Refusal.invalid(
                ProblemCode.INVALID_REQUEST, "Send the file as multipart/form-data with a boundary."));
        MultipartFile.Part part;
        try {
            part = MultipartFile.find(body, boundary, FILE_PART).orElseThrow(() -> Refusal.invalid(
                    ProblemCode.INVALID_REQUEST, "The form has no part named \"" + FILE_PART + "\"."));
        } catch (IOException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "The form is not well-formed multipart: "
                    + e.getMessage());
        }
        TicketAttachment stored = attachFile.attach(caller.require(), ticketId,
                new Upload(part.filename(), part.contentType(), part.content()));
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(AttachmentViews.of(stored)).build();
    }

    @GET
    @Path("{aid}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "An attachment's bytes, always as a download")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such attachment, or the ticket is not visible")
    public Response download(@PathParam("id") String ticketId, @PathParam("aid") String attachmentId) {
        Download file = download.open(caller.require(), ticketId, attachmentId);
        TicketAttachment attachment = file.attachment();
        StreamingOutput bytes = out -> file.content().writeTo(out);
        CacheControl privately = new CacheControl();
        privately.setPrivate(true);
        privately.setNoStore(true);
        return Response.ok(bytes, attachment.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, attachment.size())
                .header("Content-Disposition", disposition(attachment.filename()))
                .header("X-Content-Type-Options", "nosniff")
                // should anything still open it in place, it runs no script and reaches nothing
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(privately)
                .build();
    }

    /** RFC 6266: an ASCII fallback and the exact name in UTF-8 (RFC 8187). */
    static String disposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
