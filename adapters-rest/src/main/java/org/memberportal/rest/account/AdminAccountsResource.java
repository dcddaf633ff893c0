package org.memberportal.rest.account;

import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
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
    public Response open(@PathParam("cid") String companyId, @Valid NewPersonBody body) {
        RequestBody.require(body);
        PortalAccount account = openAccount.open(caller.require(), new CompanyId(companyId), body.toPerson());
        return Response.status(Response.Status.CREATED).entity(AccountView.of(account)).build();
    }

    @GET
    @Path("account-requests")
    public ListPage<AccountRequestView> requests(@QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listRequests.all(caller.require(), statusOf(status), Cursor.page(cursor, limit)),
                AccountRequestView::of);
    }

    @POST
    @Path("account-requests/{id}/approval")
    public Response approve(@PathParam("id") String requestId) {
        PortalAccount account = decide.approve(caller.require(), requestId);
        return Response.status(Response.Status.CREATED).entity(AccountView.of(account)).build();
    }

    @POST
    @Path("account-requests/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountRequestView reject(@PathParam("id") String requestId, @Valid Rejection body) {
        RequestBody.require(body);
        return AccountRequestView.of(decide.reject(caller.require(), requestId, body.reason));
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
