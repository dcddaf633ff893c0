package org.memberportal.rest.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.rest.problem.Problems;

/**
 * What the annotations cannot say once for all operations: the answers every operation shares
 * because of how the portal is built, each error as problem+json, and the public server.
 *
 * <ul>
 * <li>The optional {@code X-Company-Id} header (with its 400 {@code company-needed} and 404) on
 * every member operation whose path names no company.</li>
 * <li>401 wherever a session is needed ({@code AccessFilter}: all but {@code @Public}, which
 * declare an empty security requirement), 403 on everything under {@code /admin} (agents only),
 * 404 wherever a path names a resource (another company's is 404 too), 400 wherever a body or a
 * query can be malformed or invalid, 429 with {@code Retry-After} on every public operation that is
 * not a read ({@code HttpGuardFilter}: a busy portal serves few anonymous requests at once). Codes
 * particular to one operation are on its method.</li>
 * <li>Every 4xx and 5xx answer without content is an RFC 9457 problem, the shared {@code Problem}
 * schema, whose type names its cause; the schema lists every cause from {@link ProblemCode}, so that
 * the document cannot miss one.</li>
 * <li>A property constrained {@code @NotBlank} is required (Payara renders the constraint as the
 * pattern {@code \S} but leaves it optional).</li>
 * <li>The server is {@code PORTAL_PUBLIC_URL}, never the host a request named.</li>
 * <li>Payara Micro adds a top-level {@code endpoints} map that is not part of OpenAPI: it goes.</li>
 * </ul>
 */
public class PortalOpenApiFilter implements OASFilter {

    static final String PROBLEM = "Problem";

    /** The header a member of several companies names the company with ({@code BearerAuthentication}). */
    static final String COMPANY_HEADER = "X-Company-Id";

    /** What a person does whatever company they act for: never refused as {@code company-needed}. */
    private static final Set<String> PERSON_LEVEL = Set.of("/api/v1/me", "/api/v1/me/password",
            "/api/v1/me/sessions", "/api/v1/sessions/current");

    private static final String REF = "#/components/schemas/";

    private static final String NOT_BLANK_PATTERN = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("portal.public.url", String.class)
                .orElse("http://localhost:8080");
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
                .description("This portal"))));
        dropPayaraEndpoints(openAPI);
        openAPI.setTags(oncePerName(openAPI.getTags()));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            Map<String, Schema> scalars = new TreeMap<>();
            schemas.forEach((name, schema) -> {
                if (schema.getType() == Schema.SchemaType.STRING
                        && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())) {
                    scalars.put(REF + name, schema);
                }
            });
            scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(REF.length())));
            Schema problem = schemas.get(PROBLEM);
            if (problem != null) {
                problem.setDescription(problemDescription());
            }
            openAPI.getComponents().getSchemas().values().forEach(schema -> {
                requireNotBlank(schema);
                tidy(schema, scalars);
            });
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, item, operation)));
    }

    static String problemDescription() {
        return "RFC 9457 problem details; type names the cause: about:blank for a plain HTTP error, else "
                + Problems.TYPE_BASE + " followed by one of "
                + Arrays.stream(ProblemCode.values()).map(ProblemCode::wire).collect(Collectors.joining(", "));
    }

    private static void complete(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!isPublic(operation)) {
            add(responses, "401", "No session: log in and send the token as a bearer token.");
        } else if (method != PathItem.HttpMethod.GET) {
            add(responses, "429", "The portal is busy serving requests without a session, whatever this one"
                    + " names; Retry-After says when to try again.");
        }
        boolean forAgents = path.startsWith("/api/v1/admin/") || path.equals("/api/v1/admin");
        if (forAgents) {
            add(responses, "403", "Only support agents may use this; password-change-required while the first agent has not chosen its own password.");
        }
        if (hasPathParameter(path)) {
            add(responses, "404", "Not found, or not visible to the caller.");
        }
        if (operation.getRequestBody() != null || hasQueryParameter(item, operation)) {
            add(responses, "400", "The body or a query parameter is malformed or invalid.");
        }
        if (!forAgents && !isPublic(operation) && !path.startsWith("/api/v1/companies/{")) {
            operation.addParameter(OASFactory.createParameter().name(COMPANY_HEADER).in(Parameter.In.HEADER)
                    .required(false).description("The company a member of several companies acts for; without"
                            + " it, the person's only active membership")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            if (!PERSON_LEVEL.contains(path)) {
                add(responses, "400", "company-needed: the caller is a member of several companies and named none.");
            }
            add(responses, "404", "The company named is not one the caller is an active member of.");
        }
        if (responses.getAPIResponses().size() > 1) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    /**
     * Public operations declare one empty security requirement ({@code @SecurityRequirementsSet}
     * without a value): Payara cannot write an empty list, and {@code [{}]} means the same, "no
     * credentials needed".
     */
    private static boolean isPublic(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problems.PROBLEM_JSON.toString(),
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static boolean hasPathParameter(String path) {
        return path.contains("{");
    }

    private static boolean hasQueryParameter(PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    /**
     * Payara writes every attribute of a {@code @Schema} annotation, defaults included: a
     * {@code maxProperties: 0} would forbid any property. Those defaults go; an enum is a string.
     */
    private static void tidy(Schema schema, Map<String, Schema> scalars) {
        unlessMeant(0, schema::getMaxProperties, schema::setMaxProperties);
        unlessMeant(0, schema::getMinProperties, schema::setMinProperties);
        if (schema.getType() != Schema.SchemaType.STRING) {
            unlessMeant(0, schema::getMinLength, schema::setMinLength);
        }
        unlessMeant(Boolean.FALSE, schema::getExclusiveMaximum, schema::setExclusiveMaximum);
        unlessMeant(Boolean.FALSE, schema::getExclusiveMinimum, schema::setExclusiveMinimum);
        unlessMeant(Boolean.FALSE, schema::getUniqueItems, schema::setUniqueItems);
        unlessMeant(Boolean.FALSE, schema::getNullable, schema::setNullable);
        unlessMeant(Boolean.FALSE, schema::getReadOnly, schema::setReadOnly);
        unlessMeant(Boolean.FALSE, schema::getWriteOnly, schema::setWriteOnly);
        unlessMeant(Boolean.FALSE, schema::getDeprecated, schema::setDeprecated);
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getType() == null) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.replaceAll((name, property) -> inline(property, scalars));
            properties.values().forEach(property -> tidy(property, scalars));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(inline(schema.getItems(), scalars));
            tidy(schema.getItems(), scalars);
        }
    }

    /**
     * A time or a day ({@code mp.openapi.schema.*} in the configuration) is a string with a format
     * where it is used, not a component that generators would turn into a class of that name.
     */
    private static Schema inline(Schema schema, Map<String, Schema> scalars) {
        Schema scalar = schema.getRef() == null ? null : scalars.get(schema.getRef());
        if (scalar == null) {
            return schema;
        }
        return OASFactory.createSchema().type(scalar.getType()).format(scalar.getFormat())
                .description(schema.getDescription()).nullable(schema.getNullable());
    }

    /** Drops an attribute that holds the annotation's default, which nobody wrote. */
    private static <T> void unlessMeant(T annotationDefault, Supplier<T> value, Consumer<T> set) {
        if (annotationDefault.equals(value.get())) {
            set.accept(null);
        }
    }

    private static void requireNotBlank(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (NOT_BLANK_PATTERN.equals(property.getPattern())
                    && (schema.getRequired() == null || !schema.getRequired().contains(name))) {
                schema.addRequired(name);
            }
        });
    }

    /**
     * Payara lists a tag once per class that names it, in no fixed order: the one with a
     * description stays, in the order of their names.
     */
    private static List<Tag> oncePerName(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        tags.forEach(tag -> byName.merge(tag.getName(), tag,
                (kept, other) -> kept.getDescription() == null ? other : kept));
        List<Tag> once = new ArrayList<>(byName.values());
        once.sort(Comparator.comparing(Tag::getName));
        return once;
    }

    /**
     * Payara's document model (not the MicroProfile one) holds the map; without it, for another
     * runtime, there is nothing to drop. It is emptied rather than nulled: Payara copies it later,
     * and an empty map is not written.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException notPayara) {
            // nothing to drop
        }
    }
}
