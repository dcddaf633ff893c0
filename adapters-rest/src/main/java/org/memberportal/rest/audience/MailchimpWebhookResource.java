package org.memberportal.rest.audience;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.audience.AudienceEvent;
import org.memberportal.application.audience.HandleAudienceEventUseCase;
import org.memberportal.application.audience.RemoteChanges;
import org.memberportal.rest.security.Public;

/**
 * Mailchimp's webhook. Mailchimp signs nothing: the documented protection is the secret in the
 * path, so a wrong (or unconfigured, or too short) secret is answered as an unknown path. GET is
 * Mailchimp's check of the URL; POST is a delivery, handled idempotently and answered 200 quickly:
 * an unsubscribe, a clean or a changed address is answered {@code ACCEPTED} at once and confirmed
 * in Mailchimp in the background before it is applied.
 */
@Path("webhooks/mailchimp/{secret}")
@Tag(name = "Mailchimp webhook", description = "Mailchimp's calls (the path holds the shared secret)")
@Public
@RequestScoped // its field holds the path's {secret}
@Produces(MediaType.APPLICATION_JSON)
public class MailchimpWebhookResource {

    @Inject
    HandleAudienceEventUseCase events;

    @Inject
    WebhookConfirmations confirmations;

    @Inject
    WebhookSecret secret;

    @Inject
    @ConfigProperty(name = "mailchimp.list.id")
    Optional<String> listId;

    /** The answer to an event confirmed in Mailchimp after the answer. */
    static final String ACCEPTED = "ACCEPTED";

    @PathParam("secret")
    String given;

    @Schema(name = "WebhookReceipt")
    public record Received(String outcome) {
    }

    @GET
    @Operation(operationId = "checkMailchimpWebhook", summary = "Mailchimp's check that the webhook exists")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The webhook is ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookReceipt")))
    @APIResponse(responseCode = "404", description = "A wrong or unset secret")
    public Response check() {
        requireSecret();
        return Response.ok(new Received("ready")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "receiveMailchimpEvent", summary = "One Mailchimp event, form-encoded")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "What the event changed, or ACCEPTED when it is confirmed"
            + " in Mailchimp in the background",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookReceipt")))
    @APIResponse(responseCode = "404", description = "A wrong or unset secret")
    @APIResponse(responseCode = "429", description = "too-many-attempts: too many deliveries wait to be confirmed;"
            + " Retry-After says when to deliver again")
    public Response deliver(MultivaluedMap<String, String> posted) {
        requireSecret();
        // a POST without a body reaches here with no form at all: it is an event of nothing
        MultivaluedMap<String, String> form = posted == null ? new MultivaluedHashMap<>() : posted;
        boolean otherList = WebhookForm.listId(form)
                .map(list -> listId.map(String::strip).filter(id -> !id.isEmpty()).map(id -> !id.equals(list))
                        .orElse(false))
                .orElse(false);
        if (otherList) {
            return received(RemoteChanges.Outcome.UNKNOWN_MEMBER.name());
        }
        Optional<AudienceEvent> event = WebhookForm.read(form);
        if (event.isPresent() && event.get().needsConfirmation()) {
            confirmations.confirmLater(event.get());
            return received(ACCEPTED);
        }
        return received(event.map(events::handle).orElse(RemoteChanges.Outcome.NOTHING_NEW).name());
    }

    private static Response received(String outcome) {
        return Response.ok(new Received(outcome)).build();
    }

    private void requireSecret() {
        if (!secret.matches(given)) {
            throw new NotFoundException();
        }
    }
}
