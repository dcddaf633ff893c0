package org.memberportal.it.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.ConsoleBrowser;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.Totp;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.Totp;

/**
 * The second factor with the portal's default setting (agents and Primaries must have one), in
 * an execution of its own: the other ITs run with {@code none}, or the first agent would have to
 * enrol in each. Codes are computed here from RFC 6238 as an authenticator app does.
 */
@EnabledIfSystemProperty(named = "it.second-factor.required", matches = "default")
@ExtendWith(DeployedPortal.class)
class SecondFactorIT {

    private static final String ENROLMENT_REQUIRED = "/second-factor-enrolment-required";
    private static final String CODE_REQUIRED = "/second-factor-required";

    /** The first agent, enrolled once for the whole class: every other test needs a working agent. */
    private static PortalClient firstAgent;

    @DeployedPortal.Url
    URL base;

    private PortalClient portal;
    private Members members;

    @BeforeEach
    void connect() {
        portal = new PortalClient(base);
        members = new Members(portal, firstAgent());
    }

    private synchronized PortalClient firstAgent() {
        if (firstAgent == null) {
            PortalClient agent = new PortalClient(base).loggedIn(PortalEnvironment.AGENT_EMAIL,
                    PortalEnvironment.AGENT_PASSWORD);
            enrol(agent);
            firstAgent = agent;
        }
        return firstAgent;
    }

    @Test
    void anAgentWithoutOneMayOnlyEnrolAndThenSignsInWithEachCodeOnceOrARecoveryCodeOnce() {
        String email = Members.address("agent").replace("@customer.example", "@vendor.example");
        PortalClient agent = invitedAgent(email);

        assertThat(problemType(agent.get("api/v1/admin/companies"), 403)).endsWith(ENROLMENT_REQUIRED);
        assertThat(problemType(agent.get("api/v1/admin/agents"), 403)).endsWith(ENROLMENT_REQUIRED);
        assertThat(agent.get("api/v1/me").status()).isEqualTo(200);
        assertThat(agent.get("api/v1/me/profile").json().getJsonObject("secondFactor"))
                .isEqualTo(Json.createObjectBuilder().add("enabled", false).add("required", true).build());

        Reply enrolment = agent.post("api/v1/me/second-factor", "");
        assertThat(enrolment.status()).isEqualTo(201);
        String secret = enrolment.json().getString("secret");
        assertThat(enrolment.json().getString("otpauthUri")).startsWith("otpauth://totp/")
                .contains("secret=" + secret, "digits=6", "period=30", "algorithm=SHA1");
        assertThat(problemType(agent.post("api/v1/me/second-factor/confirmation", code(wrong(secret))), 400))
                .endsWith("/invalid-code");
        assertThat(problemType(agent.get("api/v1/admin/companies"), 403)).as("enrolled, not on").endsWith(ENROLMENT_REQUIRED);

        Reply confirmed = agent.post("api/v1/me/second-factor/confirmation", code(Totp.code(secret, 0)));
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> recovery = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString::getString);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(agent.get("api/v1/admin/companies").status()).as("the same session, now on").isEqualTo(200);
        assertThat(firstAgent.get("api/v1/admin/agents?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).filteredOn(a -> a.getString("email").equalsIgnoreCase(email))
                .singleElement().satisfies(a -> assertThat(a.getJsonObject("secondFactor").getBoolean("enabled")).isTrue());

        assertThat(problemType(logIn(email, null, null), 401)).endsWith(CODE_REQUIRED);
        String next = Totp.code(secret, 1);
        assertThat(logIn(email, next, null).status()).isEqualTo(201);
        assertThat(problemType(logIn(email, next, null), 401)).as("a code opens one session").endsWith(CODE_REQUIRED);
        assertThat(logIn(email, null, recovery.get(0)).status()).isEqualTo(201);
        assertThat(problemType(logIn(email, null, recovery.get(0)), 401)).as("a recovery code works once")
                .endsWith(CODE_REQUIRED);
        assertThat(logIn(email, null, recovery.get(1)).status()).isEqualTo(201);
        assertThat(problemType(agent.send("DELETE", "api/v1/me/second-factor", "application/json",
                code(Totp.code(secret, 0)).toString()), 409)).endsWith(CODE_REQUIRED);
        assertThat(firstAgent.get("api/v1/admin/audit-events?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("SECOND_FACTOR_ENROLMENT_STARTED", "SECOND_FACTOR_ON", "SECOND_FACTOR_RECOVERY_CODE_USED");
    }

    @Test
    void aPrimaryIsGatedFromTheirNextLoginUntilEnrolledAndOthersAreNot() {
        String company = members.company("Second Factor Primary Co");
        Member primary = members.active(company, "PRIMARY_OWNER");
        Member manager = members.active(company, "MANAGER_SUPERVISOR");

        assertThat(problemType(primary.client().get("api/v1/companies/" + company + "/licenses"), 403))
                .endsWith(ENROLMENT_REQUIRED);
        assertThat(problemType(primary.client().get("api/v1/me/preferences"), 403)).endsWith(ENROLMENT_REQUIRED);
        assertThat(primary.client().get("api/v1/me").status()).isEqualTo(200);
        assertThat(manager.client().get("api/v1/companies/" + company + "/licenses").status())
                .as("a Manager need not have one").isEqualTo(200);
        assertThat(manager.client().get("api/v1/me/profile").json().getJsonObject("secondFactor")
                .getBoolean("required")).isFalse();

        String secret = enrol(primary.client());

        assertThat(primary.client().get("api/v1/companies/" + company + "/licenses").status()).isEqualTo(200);
        assertThat(problemType(logIn(primary.email(), null, null), 401)).endsWith(CODE_REQUIRED);
        assertThat(logIn(primary.email(), Totp.code(secret, 1), null).status()).isEqualTo(201);
        assertThat(problemType(primary.client().send("DELETE", "api/v1/me/second-factor", "application/json",
                code(Totp.code(secret, 0)).toString()), 409)).endsWith(CODE_REQUIRED);
    }

    /** The profile used to show the coupon codes to a session that GET /me/coupons refuses until it enrols. */
    @Test
    void aPrimaryWhoMustEnrolFirstSeesCouponCodesOnTheProfileOnlyWhereGetMeCouponsShowsThem() {
        String company = members.company("Second Factor Coupons Co");
        Member primary = members.active(company, "PRIMARY_OWNER");

        assertThat(problemType(primary.client().get("api/v1/me/coupons"), 403)).endsWith(ENROLMENT_REQUIRED);
        assertThat(primary.client().get("api/v1/me/profile").json().getJsonArray("coupons")).isEmpty();

        enrol(primary.client());

        assertThat(primary.client().get("api/v1/me/profile").json().getJsonArray("coupons"))
                .isEqualTo(primary.client().get("api/v1/me/coupons").json().getJsonArray("items"));
    }

    @Test
    void aWrongCodeCountsAsAFailedLoginAndWhoeverMayGoWithoutSwitchesItOff() {
        String company = members.company("Second Factor Optional Co");
        Member basic = members.active(company, "BASIC");
        String secret = enrol(basic.client());
        assertThat(basic.client().get("api/v1/me/profile").json().getJsonObject("secondFactor"))
                .isEqualTo(Json.createObjectBuilder().add("enabled", true).add("required", false).build());

        // one account from one client has five free failures (portal.login.free-failures), and the
        // sixth makes the next try wait (portal.login.first-delay, 30 s in this execution, so that
        // the next try comes within it): wrong codes count as those failures
        for (int i = 0; i < 6; i++) {
            assertThat(problemType(logIn(basic.email(), wrong(secret), null), 401)).endsWith(CODE_REQUIRED);
        }
        assertThat(logIn(basic.email(), Totp.code(secret, 1), null).status()).isEqualTo(429);

        assertThat(problemType(basic.client().send("DELETE", "api/v1/me/second-factor", "application/json",
                code(wrong(secret)).toString()), 400)).endsWith("/invalid-code");
        assertThat(basic.client().send("DELETE", "api/v1/me/second-factor", "application/json",
                code(Totp.code(secret, 1)).toString()).status()).isEqualTo(204);
        assertThat(basic.client().get("api/v1/me/profile").json().getJsonObject("secondFactor")
                .getBoolean("enabled")).isFalse();
    }

    @Test
    void theConsoleWalksAnAgentThroughEnrolmentAndThenAsksForTheCode() {
        String email = Members.address("console").replace("@customer.example", "@vendor.example");
        invitedAgent(email);

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signIn(email, Members.PASSWORD);
            String secret = shown(console, "code[aria-label='Secret']");
            assertThat(shown(console, "code[aria-label='otpauth URI']")).startsWith("otpauth://totp/")
                    .contains("secret=" + secret);
            console.type("textbox", "Code", Totp.code(secret, 0));
            console.click("button", "Turn on");
            assertThat(shown(console, "ul[aria-label='Recovery codes']").lines()).hasSize(10);
            console.click("button", "Continue");
            console.find("navigation", "Console");
            console.click("button", "Sign out");

            console.signIn(email, Members.PASSWORD);
            console.type("textbox", "Code", Totp.code(secret, 1));
            console.click("button", "Sign in");
            console.find("navigation", "Console");
        }
    }

    /** The text of the visible element this selector finds, once there is one. */
    private static String shown(ConsoleBrowser console, String selector) {
        return console.waitFor(selector, () -> console.driver().findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).findFirst());
    }

    /** Enrols and confirms with the current code; answers the secret. */
    private static String enrol(PortalClient client) {
        Reply enrolment = client.post("api/v1/me/second-factor", "");
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(201);
        String secret = enrolment.json().getString("secret");
        Reply confirmed = client.post("api/v1/me/second-factor/confirmation", code(Totp.code(secret, 0)));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return secret;
    }

    @Test
    void aPersonOfSeveralCompaniesIsToldWhichToNameNeverA500() {
        String alpha = members.company("Alpha Second Factor Consulting");
        String beta = members.company("Beta Second Factor Consulting");
        String gamma = members.company("Gamma Second Factor Elsewhere");
        String email = Members.address("consultant");
        members.active(alpha, "Cora Consultant", email, "IT_TECH_SUPPORT");
        Member manager = members.active(beta, "MANAGER_SUPERVISOR");
        Reply requested = manager.client().post("api/v1/companies/" + beta + "/account-requests",
                Json.createObjectBuilder().add("fullName", "Cora Consultant").add("email", email)
                        .add("level", "BASIC").build());
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(firstAgent.post("api/v1/admin/account-requests/" + requested.json().getString("id") + "/approval",
                "").status()).isEqualTo(201);
        PortalClient cora = portal.loggedIn(email, Members.PASSWORD);

        assertThat(problemType(cora.get("api/v1/tickets?scope=mine"), 400)).endsWith("/company-needed");
        assertThat(cora.actingFor(gamma).get("api/v1/tickets").status()).isEqualTo(404);
        assertThat(cora.get("api/v1/companies/" + gamma + "/accounts").status()).isEqualTo(404);
        assertThat(cora.get("api/v1/me").status()).isEqualTo(200);
        assertThat(cora.actingFor(alpha).get("api/v1/tickets?scope=mine").status()).isEqualTo(200);
    }

    private PortalClient invitedAgent(String email) {
        Reply invited = firstAgent.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Agent " + email.substring(0, 6)).add("email", email).build());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String token = PortalEnvironment.mailbox().await(email, 1).token();
        assertThat(portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", Members.PASSWORD).build()).status()).isEqualTo(204);
        return portal.loggedIn(email, Members.PASSWORD);
    }

    private Reply logIn(String email, String code, String recoveryCode) {
        var body = Json.createObjectBuilder().add("email", email).add("password", Members.PASSWORD);
        if (code != null) {
            body.add("code", code);
        }
        if (recoveryCode != null) {
            body.add("recoveryCode", recoveryCode);
        }
        return portal.post("api/v1/sessions", body.build());
    }

    /** A six-digit code that is none of the three the portal would take now. */
    private static String wrong(String secret) {
        List<String> right = List.of(Totp.code(secret, -1), Totp.code(secret, 0), Totp.code(secret, 1),
                Totp.code(secret, 2));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static JsonObject code(String code) {
        return Json.createObjectBuilder().add("code", code).build();
    }

    private static String problemType(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getString("type");
    }
}
