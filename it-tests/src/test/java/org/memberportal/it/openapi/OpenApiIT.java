package org.memberportal.it.openapi;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.client.ApiClient;
import org.memberportal.it.client.ApiException;
import org.memberportal.it.client.api.AdminAccountsApi;
import org.memberportal.it.client.api.AdminCompaniesApi;
import org.memberportal.it.client.api.CredentialsApi;
import org.memberportal.it.client.api.SessionsApi;
import org.memberportal.it.client.api.TicketsApi;
import org.memberportal.it.client.model.AccountView;
import org.memberportal.it.client.model.LogInRequest;
import org.memberportal.it.client.model.NewCompany;
import org.memberportal.it.client.model.NewPersonBody;
import org.memberportal.it.client.model.NewTicketBody;
import org.memberportal.it.client.model.Problem;
import org.memberportal.it.client.model.TicketPage;
import org.memberportal.it.client.model.TicketPriority;
import org.memberportal.it.client.model.TicketView;
import org.memberportal.it.client.model.TokenAndPassword;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The OpenAPI document as REST clients meet it: served by the real deployment, valid for a
 * parser that client generators use, the same as {@code docs/openapi.json} (from which the build
 * generates the Java client these tests drive), and declaring every answer of the REST contract.
 */
@ExtendWith(DeployedPortal.class)
class OpenApiIT {

    private static final String API = "/api/v1";

    /**
     * The status codes the REST contract gives each operation (paths under /api/v1). Beyond these,
     * every operation that needs a session declares 401 and every error is problem+json.
     */
    private static final Map<String, Set<Integer>> CONTRACT = Map.ofEntries(
            entry("POST /sessions", Set.of(201, 401, 429)),
            entry("DELETE /sessions/current", Set.of(204)),
            entry("POST /activations", Set.of(204, 400, 410)),
            entry("POST /password-resets", Set.of(202)),
            entry("POST /password-resets/confirm", Set.of(204, 410)),
            entry("GET /me", Set.of(200)),
            entry("GET /me/preferences", Set.of(200)),
            entry("PUT /me/preferences", Set.of(200, 409)),
            entry("GET /me/coupons", Set.of(200)),
            entry("GET /me/profile", Set.of(200)),
            entry("PATCH /me/profile", Set.of(200)),
            entry("GET /me/orders", Set.of(200)),
            entry("GET /me/download-requests", Set.of(200)),
            entry("POST /me/second-factor", Set.of(201, 409)),
            entry("POST /me/second-factor/confirmation", Set.of(200, 400)),
            entry("DELETE /me/second-factor", Set.of(204, 409)),
            entry("GET /companies/{cid}/accounts", Set.of(200, 403)),
            entry("POST /companies/{cid}/account-requests", Set.of(201, 403, 409)),
            entry("GET /companies/{cid}/account-requests", Set.of(200, 403)),
            entry("PATCH /companies/{cid}/accounts/{aid}", Set.of(200, 403, 409)),
            entry("POST /tickets", Set.of(201, 403)),
            entry("GET /tickets", Set.of(200, 403)),
            entry("GET /tickets/{id}", Set.of(200, 404)),
            entry("POST /tickets/{id}/replies", Set.of(201, 403, 409)),
            entry("GET /companies/{cid}/licenses", Set.of(200, 403)),
            entry("POST /companies/{cid}/license-orders", Set.of(201, 403)),
            entry("POST /companies/{cid}/service-orders", Set.of(201, 403)),
            entry("GET /companies/{cid}/downloads", Set.of(200)),
            entry("POST /companies/{cid}/download-requests", Set.of(201, 403, 409)),
            entry("GET /documents", Set.of(200)),
            entry("POST /live-sessions", Set.of(201, 400, 409)),
            entry("GET /live-sessions", Set.of(200)),
            entry("POST /admin/companies", Set.of(201, 403)),
            entry("GET /admin/companies", Set.of(200, 403)),
            entry("POST /admin/companies/{cid}/accounts", Set.of(201, 403, 409)),
            entry("POST /admin/companies/{cid}/licenses", Set.of(201, 403)),
            entry("GET /admin/account-requests", Set.of(200, 403)),
            entry("POST /admin/account-requests/{id}/approval", Set.of(201, 403, 404)),
            entry("POST /admin/account-requests/{id}/rejection", Set.of(200, 403, 404)),
            entry("POST /admin/download-requests/{id}/grant", Set.of(200, 400, 403, 409)),
            entry("GET /admin/agents", Set.of(200, 403)),
            entry("POST /admin/agents", Set.of(201, 403)),
            entry("PATCH /admin/agents/{id}", Set.of(200, 403, 409)),
            entry("POST /admin/companies/{cid}/downloads", Set.of(201, 403)),
            entry("GET /admin/accounts/{aid}/export", Set.of(200, 403)),
            entry("POST /admin/accounts/{aid}/erasure", Set.of(202, 403, 409)),
            entry("GET /admin/warnings", Set.of(200, 403)),
            entry("GET /admin/audit-events", Set.of(200, 403)),
            entry("GET /admin/outbox", Set.of(200, 403)),
            entry("POST /admin/jobs/{jobName}/executions", Set.of(202, 403)),
            entry("GET /admin/jobs/executions/{id}", Set.of(200, 403, 404)),
            entry("GET /admin/tickets", Set.of(200, 403)),
            entry("PATCH /admin/tickets/{id}", Set.of(200, 403, 409)),
            entry("POST /admin/orders/{id}/fulfilment", Set.of(200, 400, 403, 409)),
            entry("POST /admin/live-sessions/{id}/confirmation", Set.of(200, 403, 409)),
            entry("GET /webhooks/mailchimp/{secret}", Set.of(200, 404)),
            entry("POST /webhooks/mailchimp/{secret}", Set.of(200, 404)));

    /** Operations anybody may call, without a session. */
    private static final Set<String> PUBLIC = Set.of("POST /sessions", "POST /activations", "POST /password-resets",
            "POST /password-resets/confirm", "GET /webhooks/mailchimp/{secret}", "POST /webhooks/mailchimp/{secret}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @DeployedPortal.Url
    URL base;

    private String served;

    private OpenAPI document;

    @BeforeEach
    void readTheServedDocument() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        served = answer.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
        assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
        document = parsed.getOpenAPI();
    }

    @Test
    void isTheCheckedInDocumentFromWhichClientsAreGenerated() throws IOException {
        ObjectNode servedTree = (ObjectNode) JSON.readTree(served);
        assertThat(servedTree.path("servers").path(0).path("url").asText()).isEqualTo(PortalEnvironment.PUBLIC_URL);
        assertThat(servedTree.has("endpoints")).as("Payara's endpoints map, not an OpenAPI field").isFalse();

        Path checkedIn = Path.of(System.getProperty("portal.openapi"));
        ObjectNode expected = (ObjectNode) JSON.readTree(checkedIn.toFile());
        servedTree.remove("servers");
        expected.remove("servers");
        if (!servedTree.equals(expected)) {
            Path current = Path.of(System.getProperty("java.io.tmpdir"), "openapi-served.json");
            ObjectNode withDefaultServer = (ObjectNode) JSON.readTree(served);
            withDefaultServer.set("servers", JSON.readTree(checkedIn.toFile()).path("servers"));
            Files.writeString(current, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withDefaultServer) + "\n");
            assertThat(differences(expected, servedTree, ""))
                    .as("The portal serves another document than %s; if the change is meant, copy %s there",
                            checkedIn, current)
                    .isEmpty();
        }
    }

    @Test
    void namesEachOperationOnceWithASummaryAndATag() {
        List<String> ids = new ArrayList<>();
        operations().forEach((key, operation) -> {
            assertThat(operation.getOperationId()).as(key).isNotBlank().matches("[a-z][A-Za-z]+");
            assertThat(operation.getSummary()).as(key).isNotBlank();
            assertThat(operation.getTags()).as(key).hasSize(1);
            ids.add(operation.getOperationId());
        });
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).contains("listTickets", "openTicket", "approveAccountRequest", "logIn", "listAgents",
                "inviteAgent", "changeAgent", "showProfile", "changeProfile", "listOwnOrders", "listOwnDownloadRequests",
                "publishDownload", "exportPersonalData", "erasePerson");
    }

    @Test
    void declaresEveryAnswerOfTheContract() {
        Map<String, Operation> operations = operations();
        assertThat(operations.keySet()).containsAll(CONTRACT.keySet());
        CONTRACT.forEach((key, codes) -> assertThat(declared(operations.get(key))).as(key)
                .containsAll(codes.stream().map(String::valueOf).toList()));

        operations.forEach((key, operation) -> {
            Set<String> declared = declared(operation);
            assertThat(declared).as(key).anyMatch(code -> code.startsWith("2")).doesNotContain("default");
            if (!PUBLIC.contains(key)) {
                assertThat(declared).as(key + " needs a session").contains("401");
            }
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("4")) {
                    assertThat(problemSchema(response)).as(key + " " + code).isEqualTo("#/components/schemas/Problem");
                }
            });
        });
    }

    @Test
    void listsAreTypedPagesAndTheServerIsThePublicOne() {
        Operation listTickets = operations().get("GET /tickets");
        String page = listTickets.getResponses().get("200").getContent().get("application/json").getSchema().get$ref();
        assertThat(page).isEqualTo("#/components/schemas/TicketPage");
        Schema<?> ticketPage = document.getComponents().getSchemas().get("TicketPage");
        assertThat(ticketPage.getRequired()).contains("items");
        Schema<?> newTicket = document.getComponents().getSchemas().get("NewTicketBody");
        assertThat(newTicket.getRequired()).containsExactlyInAnyOrder("subject", "description");
        assertThat(newTicket.getProperties().get("subject").getMaxLength()).isPositive();
        assertThat(document.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
    }

    /**
     * A whole journey with the client generated from the document: an agent registers a company
     * and opens two accounts; each person activates and logs in; the Basic opens a ticket, the
     * Manager finds it among the company's, and the Basic's own look at the company's tickets is
     * refused with a problem the client reads as its type.
     */
    @Test
    void aGeneratedClientDrivesAWholeJourney() throws Exception {
        ApiClient agent = client(null);
        String agentToken = new SessionsApi(agent).logIn(new LogInRequest()
                .email(PortalEnvironment.AGENT_EMAIL).password(PortalEnvironment.AGENT_PASSWORD)).getToken();
        agent = client(agentToken);
        String companyId = new AdminCompaniesApi(agent).registerCompany(new NewCompany().name("Generated Client Ltd")
                .supportPeriodEndsOn(LocalDate.now().plusYears(1))).getId();
        AdminAccountsApi accounts = new AdminAccountsApi(agent);
        String basicEmail = Members.address("generated-basic");
        String managerEmail = Members.address("generated-manager");
        AccountView basicAccount = accounts.createCompanyAccount(companyId,
                new NewPersonBody().fullName("Basic Client").email(basicEmail).level(NewPersonBody.LevelEnum.BASIC));
        accounts.createCompanyAccount(companyId, new NewPersonBody().fullName("Manager Client").email(managerEmail)
                .level(NewPersonBody.LevelEnum.MANAGER_SUPERVISOR));
        assertThat(basicAccount.getStatus()).isEqualTo("PENDING_ACTIVATION");

        ApiClient basic = client(activateAndLogIn(basicEmail));
        ApiClient manager = client(activateAndLogIn(managerEmail));

        TicketView opened = new TicketsApi(basic).openTicket(null, new NewTicketBody().subject("The client was generated")
                .description("from the published OpenAPI document").priority(TicketPriority.HIGH));
        assertThat(opened.getStatus()).isEqualTo("OPEN");
        assertThat(opened.getPriority()).isEqualTo("HIGH");

        TicketPage companyTickets = new TicketsApi(manager).listTickets("company", null, null, null, null);
        assertThat(companyTickets.getItems()).extracting(TicketView::getId).contains(opened.getId());
        assertThat(new TicketsApi(basic).listTickets(null, null, null, null, null).getItems())
                .extracting(TicketView::getId).containsExactly(opened.getId());

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new TicketsApi(basic).listTickets("company", null, null, null, null));
        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = basic.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getTitle()).isNotBlank();

        ApiException duplicate = catchThrowableOfType(ApiException.class, () -> accounts.createCompanyAccount(companyId,
                new NewPersonBody().fullName("Basic Again").email(basicEmail).level(NewPersonBody.LevelEnum.BASIC)));
        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(agent.getObjectMapper().readValue(duplicate.getResponseBody(), Problem.class).getType())
                .endsWith("/duplicate-email");
    }

    private String activateAndLogIn(String email) throws ApiException {
        String token = PortalEnvironment.mailbox().await(email, 1).token();
        new CredentialsApi(client(null)).activateAccount(new TokenAndPassword().token(token).password(Members.PASSWORD));
        return new SessionsApi(client(null)).logIn(new LogInRequest().email(email).password(Members.PASSWORD)).getToken();
    }

    /**
     * The generated client against this deployment, strict about fields: an answer holding a field
     * the document does not name fails the journey.
     */
    private ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        String root = base.toString();
        client.updateBaseUri(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        if (bearerToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        }
        return client;
    }

    /** Every operation of the document as "METHOD /path", the path under /api/v1. */
    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertThat(path).startsWith(API);
            operations.put(method.name() + " " + path.substring(API.length()), operation);
        }));
        return operations;
    }

    private static Set<String> declared(Operation operation) {
        return new TreeSet<>(operation.getResponses().keySet());
    }

    private static String problemSchema(ApiResponse response) {
        if (response.getContent() == null || response.getContent().get("application/problem+json") == null) {
            return null;
        }
        return response.getContent().get("application/problem+json").getSchema().get$ref();
    }

    /** Where two JSON trees differ, as JSON pointers, so that a failure says what changed. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(here + (expected.has(name) ? " gone" : " new"));
                } else {
                    found.addAll(differences(expected.get(name), actual.get(name), here));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> a = expected.elements();
            Iterator<JsonNode> b = actual.elements();
            for (int i = 0; a.hasNext(); i++) {
                found.addAll(differences(a.next(), b.next(), at + "/" + i));
            }
        } else if (!expected.equals(actual)) {
            found.add(at + " changed");
        }
        return found;
    }
}
