package org.memberportal.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import org.memberportal.application.account.DecideAccountRequestUseCase;
import org.memberportal.application.account.ListAccountRequestsUseCase;
import org.memberportal.application.account.OpenAccountUseCase;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The agents' side of the account life cycle. */
@Path("admin")
@Tag(name = "Admin: accounts", description = "Agents: accounts and account requests of every company")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

    @Inject
    OpenAccountUseCase openAccount;

    @Inject
    ListAccountRequestsUseCase listRequests;

    @Inject
    DecideAccountRequestUseCase decide;

    @Inject
    CurrentCaller caller;

    public static class Rejection implements RequestBody {
        @NotBlank
        @Size(max = 1000)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String reason;
    }

    @POST
    @Path("companies/{cid}/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCompanyAccount", summary = "Open an account in a company (any level), pending activation")
    @APIResponse(responseCode = "201", description = "The account, pending activation; the activation e-mail is queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    @APIResponse(responseCode = "409", description = "duplicate-email: the address already has an account")
    public Response open(@PathParam("cid") String companyId, @Valid NewPersonBody body) {
        RequestBody.require(body);
        PortalAccount account = openAccount.open(caller.require(), new CompanyId(companyId), body.toPerson());
        return Response.status(Response.Status.CREATED).entity(AccountView.of(account)).build();
    }

    @GET
    @Path("account-requests")
    @Operation(operationId = "listAllAccountRequests", summary = "Account requests of every company")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountRequestPage")))
    public ListPage<AccountRequestView> requests(@QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listRequests.all(caller.require(), statusOf(status), Cursor.page(cursor, limit)),
                AccountRequestView::forAgents);
    }

    @POST
    @Path("account-requests/{id}/approval")
    @Operation(operationId = "approveAccountRequest", summary = "Approve an account request")
    @APIResponse(responseCode = "201", description = "The new account, pending activation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    @APIResponse(responseCode = "409", description = "already-decided; duplicate-email: the address has an account meanwhile")
    public Response approve(@PathParam("id") String requestId) {
        PortalAccount account = decide.approve(caller.require(), requestId);
        return Response.status(Response.Status.CREATED).entity(AccountView.of(account)).build();
    }

    @POST
    @Path("account-requests/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectAccountRequest", summary = "Reject an account request with a reason")
    @APIResponse(responseCode = "200", description = "The request, REJECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountRequestView")))
    @APIResponse(responseCode = "409", description = "already-decided")
    public AccountRequestView reject(@PathParam("id") String requestId, @Valid Rejection body) {
        RequestBody.require(body);
        return AccountRequestView.forAgents(decide.reject(caller.require(), requestId, body.reason));
    }

    private static AccountRequest.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AccountRequest.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "status is one of PENDING, APPROVED, REJECTED");
        }
    }
}
