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
import org.memberportal.domain.agent.AgentId;
import org.memberportal.rest.problem.Problems;
import org.memberportal.rest.security.CurrentCaller;

/**
 * An agent lost their second factor (phone and recovery codes): another agent removes it, after
 * checking who they are outside the portal; they enrol again at their next sign-in.
 * A root resource of its own: JAX-RS picks the root whose path matches most, and does not look
 * further when its methods do not match.
 */
@Tag(name = "Admin: agents")
@Path("admin/agents/{id}/second-factor")
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
public class AdminAgentSecondFactorResource {

    @Inject
    ResetSecondFactorUseCase reset;

    @Inject
    CurrentCaller caller;

    @DELETE
    @Operation(operationId = "resetAgentSecondFactor", summary = "Reset another agent's lost second factor")
    @APIResponse(responseCode = "204", description = "Removed (or there was none); audited, and the agent is e-mailed")
    @APIResponse(responseCode = "403", description = "An agent's own second factor is reset by another agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Response reset(@PathParam("id") String id) {
        reset.resetAgent(caller.require(), new AgentId(id));
        return Response.noContent().build();
    }
}
