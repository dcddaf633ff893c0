package org.memberportal.rest.company;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.company.ListCompaniesUseCase;
import org.memberportal.application.company.ListCompaniesUseCase.CompanyOverview;
import org.memberportal.application.company.RegisterCompanyUseCase;
import org.memberportal.application.company.RegisterCompanyUseCase.RegisterCompanyCommand;
import org.memberportal.domain.company.Company;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.WarningView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

@Path("admin/companies")
@Tag(name = "Admin: companies", description = "Agents: customer companies and their licenses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCompaniesResource {

    @Inject
    RegisterCompanyUseCase register;

    @Inject
    ListCompaniesUseCase list;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    public static class NewCompany implements RequestBody {
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String name;

        @NotNull
        @Schema(required = true)
        public LocalDate supportPeriodEndsOn;

        public LocalDate maintenancePlanEndsOn;
    }

    @Schema(name = "CompanyView")
    public record CompanyView(String id, String name, LocalDate supportPeriodEndsOn, LocalDate maintenancePlanEndsOn,
            List<WarningView> warnings) {
        static CompanyView of(Company company) {
            return new CompanyView(company.id().value(), company.name(), company.supportPeriodEndsOn(),
                    company.maintenancePlanEndsOn(), null);
        }

        static CompanyView of(CompanyOverview overview) {
            Company company = overview.company();
            return new CompanyView(company.id().value(), company.name(), company.supportPeriodEndsOn(),
                    company.maintenancePlanEndsOn(), WarningView.of(overview.openWarnings()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerCompany", summary = "Register a customer company")
    @APIResponse(responseCode = "201", description = "The company",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CompanyView")))
    public Response register(@Valid NewCompany body) {
        RequestBody.require(body);
        Company company = register.register(caller.require(),
                new RegisterCompanyCommand(body.name, body.supportPeriodEndsOn, body.maintenancePlanEndsOn));
        return Response.created(uri.getAbsolutePathBuilder().path(company.id().value()).build())
                .entity(CompanyView.of(company))
                .build();
    }

    @GET
    @Operation(operationId = "listCompanies", summary = "Companies with their open warnings")
    @APIResponse(responseCode = "200", description = "A page of companies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CompanyPage")))
    public ListPage<CompanyView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(list.list(caller.require(), Cursor.page(cursor, limit)), CompanyView::of);
    }
}
