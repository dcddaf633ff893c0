package org.memberportal.rest.agent;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.secondfactor.DescribeSecondFactorUseCase;
import org.memberportal.application.agent.ManageAgentsUseCase;
import org.memberportal.application.paging.Page;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The vendor's agents: list, invite, deactivate. */
@Tag(name = "Admin: agents", description = "Agents: the vendor's agents")
@Path("admin/agents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAgentsResource {

    @Inject
    ManageAgentsUseCase agents;

    @Inject
    DescribeSecondFactorUseCase secondFactors;

    @Inject
    CurrentCaller caller;

    /** {@code {fullName, email}}. */
    public static class Invitation implements RequestBody {
        @NotBlank
        @Size(max = 200)
        public String fullName;

        @NotBlank
        @Size(max = 254)
        public String email;
    }

    /** {@code {status: DEACTIVATED}}: the only change an agent makes to another. */
    public static class AgentChange implements RequestBody {
        @NotNull
        public String status;
    }

    @GET
    @Operation(operationId = "listAgents", summary = "The vendor's agents")
    @APIResponse(responseCode = "200", description = "A page of agents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentPage")))
    public ListPage<AgentView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        Page<SupportAgent> page = agents.list(caller.require(), Cursor.page(cursor, limit));
        Set<AgentId> withSecondFactor = secondFactors.agentsWithSecondFactor(
                page.items().stream().map(SupportAgent::id).toList());
        return ListPage.of(page, agent -> AgentView.of(agent, withSecondFactor.contains(agent.id())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteAgent", summary = "Invite an agent, pending activation")
    @APIResponse(responseCode = "201", description = "The agent, pending activation; the activation e-mail is queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentView")))
    @APIResponse(responseCode = "409", description = "duplicate-email: the address already has an account")
    public Response invite(@Valid Invitation body) {
        RequestBody.require(body);
        AgentView invited = AgentView.of(agents.invite(caller.require(), body.fullName, body.email), false);
        return Response.status(Response.Status.CREATED).entity(invited).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAgent", summary = "Deactivate an agent; their sessions end at once")
    @APIResponse(responseCode = "200", description = "The agent, DEACTIVATED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentView")))
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(responseCode = "409", description = "last-agent: the last active agent cannot be deactivated")
    public AgentView change(@PathParam("id") String id, @Valid AgentChange body) {
        RequestBody.require(body);
        if (!"DEACTIVATED".equals(body.status)) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "status may only be set to DEACTIVATED");
        }
        SupportAgent deactivated = agents.deactivate(caller.require(), new AgentId(id));
        return AgentView.of(deactivated,
                !secondFactors.agentsWithSecondFactor(List.of(deactivated.id())).isEmpty());
    }
}
