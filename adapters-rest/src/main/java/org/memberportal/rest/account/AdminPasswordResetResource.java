package org.memberportal.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.account.SendResetLinkUseCase;
import org.memberportal.domain.account.AccountId;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.security.CurrentCaller;

/**
 * A member who asks the support team for a new link gets it from an agent, whatever the "forgot
 * password" budgets. A root resource of its own: JAX-RS picks the root whose path matches most.
 */
@Tag(name = "Admin: accounts")
@Path("admin/accounts/{aid}/password-reset")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
public class AdminPasswordResetResource {

    @Inject
    SendResetLinkUseCase resetLinks;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(operationId = "sendMemberResetLink", summary = "Send a member a reset link (an activation link while pending)")
    @APIResponse(responseCode = "202", description = "The link is queued for the member's address; audited")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "The account is deactivated")
    public Response send(@PathParam("aid") String accountId) {
        resetLinks.sendResetLink(caller.require(), new AccountId(accountId));
        return Response.accepted().build();
    }
}
