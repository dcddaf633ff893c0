package org.memberportal.rest.secondfactor;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.secondfactor.ManageSecondFactorUseCase;
import org.memberportal.application.secondfactor.ManageSecondFactorUseCase.Enrolment;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.security.OpenDuringEnrolment;

/** The caller's own second factor (TOTP): enrol, confirm, switch off. */
@Path("me/second-factor")
@Tag(name = "Me", description = "The caller and their own things")
@ApplicationScoped
@OpenDuringEnrolment
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorResource {

    @Inject
    ManageSecondFactorUseCase secondFactor;

    @Inject
    CurrentCaller caller;

    /** {@code {code}}: the six digits the authenticator app shows now. */
    public static class CodeBody implements RequestBody {
        @NotBlank
        @Size(max = 16)
        public String code;
    }

    /** {@code qrCode}: the otpauth URI as a PNG image, a {@code data:image/png;base64,} URI. */
    @Schema(name = "SecondFactorEnrolment")
    public record EnrolmentView(String secret, String otpauthUri, String qrCode) {
    }

    @Schema(name = "RecoveryCodes")
    public record RecoveryCodesView(List<String> recoveryCodes) {
    }

    @POST
    @Operation(operationId = "enrolSecondFactor",
            summary = "Start an enrolment: a new TOTP secret, not yet on (replaces an unconfirmed one)")
    @APIResponse(responseCode = "201", description = "The secret in Base32, the otpauth:// URI of authenticator apps and its QR code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SecondFactorEnrolment")))
    @APIResponse(responseCode = "409", description = "second-factor-on: one is on; switch it off first")
    public Response enrol() {
        Enrolment enrolment = secondFactor.enrol(caller.require());
        return Response.created(URI.create("me/second-factor"))
                .entity(new EnrolmentView(enrolment.secret(), enrolment.otpauthUri(),
                        QrCodes.pngDataUri(enrolment.otpauthUri()))).build();
    }

    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmSecondFactor",
            summary = "Switch the enrolled second factor on with a code of the app; ten single-use recovery codes")
    @APIResponse(responseCode = "200", description = "On; the recovery codes are shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RecoveryCodes")))
    @APIResponse(responseCode = "400", description = "invalid-code: not the code the app shows now")
    @APIResponse(responseCode = "404", description = "No enrolment was started")
    @APIResponse(responseCode = "409", description = "second-factor-on: it is on already")
    public RecoveryCodesView confirm(@Valid CodeBody body) {
        RequestBody.require(body);
        return new RecoveryCodesView(secondFactor.confirm(caller.require(), body.code));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "switchOffSecondFactor", summary = "Switch the second factor off with a code of the app")
    @APIResponse(responseCode = "204", description = "Off (or there was none)")
    @APIResponse(responseCode = "400", description = "invalid-code: not the code the app shows now")
    @APIResponse(responseCode = "409", description = "second-factor-required: this account must have one")
    public Response switchOff(@Valid CodeBody body) {
        RequestBody.require(body);
        secondFactor.switchOff(caller.require(), body.code);
        return Response.noContent().build();
    }
}
