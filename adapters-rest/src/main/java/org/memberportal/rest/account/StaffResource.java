package org.memberportal.rest.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.account.ChangeStaffAccountUseCase;
import org.memberportal.application.account.ChangeStaffAccountUseCase.ChangedAccount;
import org.memberportal.application.account.ChangeStaffAccountUseCase.StaffChange;
import org.memberportal.application.account.ListAccountRequestsUseCase;
import org.memberportal.application.account.ListStaffUseCase;
import org.memberportal.application.account.RequestStaffAccountUseCase;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.WarningView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** A company's staff: always within the caller's own company (another company's is not found). */
@Path("companies/{cid}")
@Tag(name = "Staff", description = "A company's accounts and account requests (the caller's own company)")
@RequestScoped // its field holds the path's {cid}
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    ListStaffUseCase listStaff;

    @Inject
    ChangeStaffAccountUseCase changeStaff;

    @Inject
    RequestStaffAccountUseCase requestStaff;

    @Inject
    ListAccountRequestsUseCase listRequests;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @PathParam("cid")
    String companyId;

    /** {@code {level?, status?: DEACTIVATED, version}}; the version may come as If-Match instead. */
    public static class AccountChange implements RequestBody {
        public PermissionLevel level;
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String status;
        public Long version;
    }

    @Schema(name = "ChangedAccountView")
    public record ChangedAccountView(AccountView account, java.util.List<WarningView> warnings) {
    }

    @GET
    @Path("accounts")
    @Operation(operationId = "listCompanyAccounts", summary = "The company's accounts")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountPage")))
    @APIResponse(responseCode = "403", description = "The caller may not manage the company's staff")
    public ListPage<AccountView> accounts(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(listStaff.list(caller.require(), company(), Cursor.page(cursor, limit)), AccountView::of);
    }

    @PATCH
    @Path("accounts/{aid}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeAccount", summary = "Change an account's level or deactivate it")
    @APIResponse(responseCode = "200", description = "The account, with the warnings the change raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ChangedAccountView")))
    @APIResponse(responseCode = "403", description = "Beyond the caller's right")
    @APIResponse(responseCode = "409", description = "last-primary: the company's last active Primary; stale-version: changed meanwhile")
    public Response change(@PathParam("aid") String accountId, @HeaderParam("If-Match") String ifMatch,
            AccountChange body) {
        RequestBody.require(body);
        if (body.status != null && !"DEACTIVATED".equals(body.status)) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "status may only be set to DEACTIVATED");
        }
        long version = ReadVersion.of(body.version, ifMatch);
        ChangedAccount changed = changeStaff.change(caller.require(), company(), new AccountId(accountId),
                new StaffChange(body.level, body.status != null, version));
        return Response.ok(new ChangedAccountView(AccountView.of(changed.account()), WarningView.of(changed.warnings())))
                .tag(ReadVersion.etag(changed.account().version()))
                .build();
    }

    @POST
    @Path("account-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestAccount", summary = "Ask for a new staff account")
    @APIResponse(responseCode = "201", description = "The request, PENDING (APPROVED where requests are approved at once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountRequestView")))
    @APIResponse(responseCode = "403", description = "A level above the caller's right, or no right to ask")
    @APIResponse(responseCode = "409", description = "duplicate-email: the address has an account or a pending request in this company")
    public Response request(@Valid NewPersonBody body) {
        RequestBody.require(body);
        AccountRequest request = requestStaff.request(caller.require(), company(), body.toPerson());
        return Response.created(uri.getAbsolutePathBuilder().path(request.id()).build())
                .entity(AccountRequestView.of(request))
                .build();
    }

    @GET
    @Path("account-requests")
    @Operation(operationId = "listAccountRequests", summary = "The company's account requests")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountRequestPage")))
    @APIResponse(responseCode = "403", description = "The caller may not manage the company's staff")
    public ListPage<AccountRequestView> requests(@QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(listRequests.ofCompany(caller.require(), company(), Cursor.page(cursor, limit)),
                AccountRequestView::of);
    }

    private CompanyId company() {
        return new CompanyId(companyId);
    }
}
