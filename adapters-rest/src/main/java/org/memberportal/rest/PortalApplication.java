package org.memberportal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API. Its resources are application scoped: one instance serves every request, so a
 * request's own parts reach them as parameters or through proxies (the caller, {@code UriInfo}),
 * and no resource is built and injected again per request. A resource that binds a path parameter
 * to a field is request scoped instead, and says so.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Member support portal", version = "1",
                description = "Portal accounts, tickets, licenses and mailings of a software vendor's customers."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token from POST /api/v1/sessions")
public class PortalApplication extends Application {
}
