package org.memberportal.rest.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.secondfactor.ResetSecondFactorUseCase;
import org.memberportal.domain.account.AccountId;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.security.CurrentCaller;

/**
 * A member lost their second factor (phone and recovery codes): an agent removes it, after
 * checking who they are outside the portal; they enrol again at their next sign-in.
 * A root resource of its own: JAX-RS picks the root whose path matches most, and does not look
 * further when its methods do not match.
 */
@Tag(name = "Admin: agents")
@Path("admin/accounts/{aid}/second-factor")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
public class AdminMemberSecondFactorResource {

    @Inject
    ResetSecondFactorUseCase reset;

    @Inject
    CurrentCaller caller;

    @DELETE
    @Operation(operationId = "resetMemberSecondFactor", summary = "Reset a member's lost second factor")
    @APIResponse(responseCode = "204", description = "Removed (or there was none); audited, and the person is e-mailed")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response reset(@PathParam("aid") String id) {
        reset.resetMember(caller.require(), new AccountId(id));
        return Response.noContent().build();
    }
}
