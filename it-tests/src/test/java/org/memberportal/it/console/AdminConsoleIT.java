package org.memberportal.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.MemberBrowser;
import org.memberportal.it.support.ConsoleBrowser;
import org.memberportal.it.support.PageBrowser;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The admin console in a real browser (headless Chromium from the system's packages) against the
 * real WAR, and the agents' REST endpoints it needs. The browser finds every control by its role
 * and accessible name, as docs/api.md ("Admin console") names them. Each test makes its own company,
 * people and agents; the agents' tests that need "the last active agent" deactivate the agents
 * this class invited, never the first agent.
 */
@ExtendWith(DeployedPortal.class)
class AdminConsoleIT {

    @DeployedPortal.Url
    URL base;

    private Members members;
    private PortalClient agent;

    @BeforeEach
    void connect() {
        members = new Members(base);
        agent = members.agent();
    }

    @Test
    void anInvitedAgentActivatesThroughTheMailedLinkAndWorks() {
        String email = agentAddress("ivy");

        Reply invited = agent.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Ivy Invited").add("email", email).build());

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().getString("status")).isEqualTo("PENDING_ACTIVATION");
        assertThat(members.portal().post("api/v1/sessions", login(email)).status()).as("not yet").isEqualTo(401);
        PortalClient ivy = activate(email);
        assertThat(ivy.get("api/v1/admin/companies").status()).isEqualTo(200);
        assertThat(listed(email).getString("status")).isEqualTo("ACTIVE");
        assertThat(agent.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Ivy Again").add("email", email.toUpperCase()).build()).json().getString("type"))
                .endsWith("/duplicate-email");
    }

    @Test
    void anAgentsMailedLinkOpensThePageThatSetsThePasswordThenLeadsToTheConsole() {
        String email = agentAddress("linked");
        assertThat(agent.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Lin Linked").add("email", email).build()).status()).isEqualTo(201);
        String link = PortalEnvironment.mailbox().await(email, 1).link();
        assertThat(link).startsWith(PortalEnvironment.PUBLIC_URL + "/activate?token=");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.follow(link).activate(Members.PASSWORD);
            assertThat(browser.status()).contains("account is active");
            browser.find("heading", "Sign in to the admin console");
            assertThat(browser.accessibilityViolations()).as("the way on to the console").isEmpty();
            browser.screenshot("agent-activated");

            browser.click("link", "the admin console");
            browser.find("button", "Sign in");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/");
        }
        assertThat(members.portal().post("api/v1/sessions", login(email)).status()).isEqualTo(201);
    }

    @Test
    void aDeactivatedAgentsSessionsEndAtOnceAndTheyCannotLogIn() {
        String email = agentAddress("dan");
        PortalClient dan = invitedAndActive("Dan Leaving", email);
        String id = listed(email).getString("id");

        Reply answer = agent.patch("api/v1/admin/agents/" + id, Json.createObjectBuilder()
                .add("status", "DEACTIVATED").build());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("DEACTIVATED");
        assertThat(dan.get("api/v1/me").status()).isEqualTo(401);
        assertThat(members.portal().post("api/v1/sessions", login(email)).status()).isEqualTo(401);
    }

    @Test
    void membersCannotSeeOrChangeAgents() {
        String company = members.company("No Agents For Members Co");
        PortalClient primary = members.active(company, "PRIMARY_OWNER").client();

        assertThat(primary.get("api/v1/admin/agents").status()).isEqualTo(403);
        assertThat(primary.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Sneaky").add("email", agentAddress("sneaky")).build()).status()).isEqualTo(403);
    }

    @Test
    void theLastActiveAgentCannotBeDeactivatedEvenByTwoAgentsAtOnce() throws Exception {
        PortalClient other = invitedAndActive("Otto Other", agentAddress("otto"));
        deactivateEveryAgentButTheFirstAnd(agent, agentAddressOf(other));
        String firstId = listed(PortalEnvironment.AGENT_EMAIL).getString("id");
        String otherId = listed(agentAddressOf(other)).getString("id");
        JsonObject deactivate = Json.createObjectBuilder().add("status", "DEACTIVATED").build();

        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Reply> firstLeaves = CompletableFuture.supplyAsync(() -> {
            await(start);
            return other.patch("api/v1/admin/agents/" + firstId, deactivate);
        });
        CompletableFuture<Reply> otherLeaves = CompletableFuture.supplyAsync(() -> {
            await(start);
            return agent.patch("api/v1/admin/agents/" + otherId, deactivate);
        });
        List<Integer> statuses = List.of(firstLeaves.get().status(), otherLeaves.get().status());

        try {
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            Reply refused = firstLeaves.get().status() == 409 ? firstLeaves.get() : otherLeaves.get();
            assertThat(refused.json().getString("type")).endsWith("/last-agent");
        } finally {
            // should the guard fail, the first agent is put back so the other tests can go on
            PortalEnvironment.database().execute("update agents set status = 'ACTIVE' where email_key = ?",
                    PortalEnvironment.AGENT_EMAIL);
        }
        // either outcome of the race ended one of the two sessions: log in afresh
        PortalClient first = members.portal().loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
        deactivateEveryAgentButTheFirstAnd(first, null);
        Reply alone = first.patch("api/v1/admin/agents/" + firstId, deactivate);
        assertThat(alone.status()).isEqualTo(409);
        assertThat(alone.json().getString("type")).endsWith("/last-agent");
    }

    // ------------------------------------------------------------------ the console in a browser

    @Test
    void consolePagesCarryAContentSecurityPolicyWithoutInlineCodeOrEval() {
        for (String file : List.of("admin/", "admin/index.html", "admin/js/app.js", "admin/console.css")) {
            Reply reply = members.portal().get(file);
            assertThat(reply.status()).as(file).isEqualTo(200);
            assertThat(reply.header("Content-Security-Policy").orElse("")).as(file)
                    .contains("script-src 'self'").contains("default-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }

    @Test
    void anAgentSignsInSeesTheNavigationAndSignsOut() {
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();

            WebElement navigation = console.find("navigation", "Console");
            for (String link : List.of("Dashboard", "Account requests", "Companies", "Tickets", "Orders", "Jobs",
                    "Outbox", "Audit log", "Agents", "Articles", "Forums", "Update notices")) {
                assertThat(console.within(navigation, "link", link).getAriaRole()).isEqualTo("link");
            }
            console.find("heading", "Open warnings");
            assertThat(console.token()).isNotBlank();
            String token = console.token();
            console.screenshot("dashboard");

            console.click("button", "Sign out");

            console.find("textbox", "E-mail");
            assertThat(console.token()).isNull();
            assertThat(agent.as(token).get("api/v1/me").status()).as("the session ended").isEqualTo(401);
            console.screenshot("signed-out");
        }
    }

    @Test
    void everyPageOfTheConsolePassesAxeKeepsItsNavigationToOneLineOnALaptopAndFitsAPhone() {
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            WebElement navigation = console.find("navigation", "Console");
            List<WebElement> links = navigation.findElements(By.cssSelector("a[href]"));
            assertThat(links.stream().map(WebElement::getLocation).map(point -> point.getY()).distinct())
                    .as("one line of links at 1366 px").hasSize(1);
            assertThat(console.overflowsSideways()).isFalse();
            assertThat(console.accessibilityViolations()).as("the sign-in's successor, the dashboard").isEmpty();
            for (String page : List.of("Account requests", "Companies", "Tickets", "Orders", "Jobs", "Outbox",
                    "Audit log", "Agents", "Articles", "Forums", "Update notices", "API reference")) {
                if (page.equals("API reference")) {
                    console.click("link", page);
                } else {
                    console.navigate(page);
                }
                console.waitUntil("the page " + page, () -> console.text("main h1").equals(page));
                assertThat(console.accessibilityViolations()).as("axe-core on " + page).isEmpty();
                console.size(PageBrowser.PHONE);
                assertThat(console.overflowsSideways()).as(page + " on a 375-px phone").isFalse();
                console.size(PageBrowser.LAPTOP);
                console.screenshotAtBothWidths("console-" + page.toLowerCase(Locale.ROOT).replace(' ', '-'));
            }
            console.click("button", "Sign out");
            console.find("button", "Sign in");
            assertThat(console.accessibilityViolations()).as("axe-core on the sign-in").isEmpty();
        }
    }

    @Test
    void aMembersCredentialsAndAMembersTokenOpenNothing() {
        String company = members.company("Members Stay Out Co");
        String email = Members.address("primary");
        PortalClient member = members.active(company, "Pam Primary", email, "PRIMARY_OWNER");
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signIn(email, Members.PASSWORD);

            assertThat(console.alert()).contains("support agents");
            assertThat(console.token()).isNull();
            assertThat(console.driver().findElements(By.cssSelector("nav"))).isEmpty();

            assertThat(member.get("api/v1/me").status()).isEqualTo(200);
            String token = memberToken(email);
            console.script("sessionStorage.setItem('member-portal.console.token', arguments[0])", token);
            console.driver().navigate().refresh();
            assertThat(console.alert()).contains("support agents");
            assertThat(console.token()).isNull();
            console.screenshot("member-refused");
        }
    }

    @Test
    void anAgentApprovesOneRequestAndRejectsAnotherWithAReason() {
        String company = members.company("Requests Co");
        PortalClient manager = members.active(company, "Mia Manager", Members.address("manager"), "MANAGER_SUPERVISOR");
        String approved = Members.address("approved");
        String rejected = Members.address("rejected");
        for (String email : List.of(approved, rejected)) {
            assertThat(manager.post("api/v1/companies/" + company + "/account-requests", Json.createObjectBuilder()
                    .add("fullName", "Asked For").add("email", email).add("level", "BASIC").build()).status())
                    .isEqualTo(201);
        }
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().navigate("Account requests");

            console.click(console.within(console.row(approved), "button", "Approve"));
            console.waitUntil("the approval", () -> requestStatus(approved).equals("APPROVED"));
            console.click(console.within(console.row(rejected), "button", "Reject"));
            console.type("textbox", "Reason", "Not on the customer's staff list");
            console.screenshot("account-requests");
            console.click("button", "Reject request");

            console.waitUntil("the rejection", () -> requestStatus(rejected).equals("REJECTED"));
        }
        assertThat(findRequest(rejected).getString("rejectionReason")).isEqualTo("Not on the customer's staff list");
        assertThat(PortalEnvironment.mailbox().await(approved, 1).subject()).contains("Activate");
    }

    @Test
    void aWarningAppearsOnTheDashboardAfterTheOnlyPrimaryOptsOut() {
        String name = "Opted Out Co " + UUID.randomUUID().toString().substring(0, 8);
        String company = members.company(name);
        PortalClient primary = members.active(company, "Otis Owner", Members.address("owner"), "PRIMARY_OWNER");
        long version = primary.get("api/v1/me/preferences").json().getJsonNumber("version").longValue();
        assertThat(primary.send("PUT", "api/v1/me/preferences", "application/json", Json.createObjectBuilder()
                .add("newsletter", false).add("updateNotices", false).add("version", version).build().toString())
                .status()).isEqualTo(200);

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.find("heading", "Open warnings");

            WebElement row = console.row(name, "COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT");

            assertThat(console.within(row, "link", name).getAttribute("href")).endsWith("#/companies/" + company);
            console.screenshot("dashboard-warning");
        }
    }

    @Test
    void anAgentStartsTheAudienceSyncAndWatchesItsProgressBarReachTheEnd() {
        PortalEnvironment.mailchimp().releaseCalls();
        String company = members.company("Console Sync Co");
        members.active(company, "Sid Sync", Members.address("sid"), "MANAGER_SUPERVISOR");
        List<JsonObject> before = agent.get("api/v1/admin/jobs/executions?jobName=audience-sync&limit=1").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        String previous = before.isEmpty() ? "" : before.get(0).getString("id");
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().navigate("Jobs");

            console.click("button", "Start audience-sync");

            WebElement bar = console.waitFor("the new run's progress bar", () -> Optional.of(
                    console.find("progressbar", "audience-sync progress"))
                    .filter(b -> !previous.equals(b.getAttribute("data-execution"))));
            assertThat(bar.getAttribute("aria-valuemin")).isEqualTo("0");
            assertThat(bar.getAttribute("aria-valuemax")).isEqualTo("100");
            console.waitFor("the sync to complete", () -> Optional.of(
                    console.find("progressbar", "audience-sync progress"))
                    .filter(b -> !previous.equals(b.getAttribute("data-execution")))
                    .filter(b -> "100".equals(b.getAttribute("aria-valuenow"))));
            WebElement run = console.find("progressbar", "audience-sync progress").findElement(By.xpath(".."));
            assertThat(run.getText()).contains("COMPLETED").contains("100%");
            console.screenshot("jobs");
        }
    }

    @Test
    void anAgentIssuesALicenseOnTheCompanysPage() {
        String company = members.company("Licensed Co");
        String product = "Designer Suite " + UUID.randomUUID().toString().substring(0, 6);
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().open("companies/" + company);
            console.find("heading", "Licensed Co");

            console.type("textbox", "Product", product);
            console.type("spinbutton", "Quantity", "3");
            console.date("Expires on", LocalDate.now().plusYears(1).toString());
            console.click("button", "Issue license");

            console.waitUntil("the key shown", () -> console.driver().getPageSource().contains("License key"));
            console.row(product);
            console.screenshot("license-issued");
        }
        assertThat(agent.get("api/v1/companies/" + company + "/licenses").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(l -> {
                    assertThat(l.getString("product")).isEqualTo(product);
                    assertThat(l.getInt("quantity")).isEqualTo(3);
                });
    }

    @Test
    void anAgentRepliesToATicketAndTheAuthorSeesTheReply() {
        String company = members.company("Ticket Co");
        PortalClient author = members.active(company, "Tess Ticket", Members.address("tess"), "BASIC");
        JsonObject ticket = author.post("api/v1/tickets", Json.createObjectBuilder().add("subject", "Cannot print")
                .add("description", "The print dialog stays empty.").build()).json();
        String reply = "Please update to 4.2 " + UUID.randomUUID().toString().substring(0, 6);
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().open("ticket/" + ticket.getString("id"));
            console.find("heading", ticket.getString("number") + ": Cannot print");

            console.type("textbox", "Reply", reply);
            console.click("button", "Send reply");

            console.waitUntil("the reply in the thread", () -> console.driver().findElements(By.cssSelector("article"))
                    .stream().anyMatch(a -> a.getText().contains(reply)));
            console.screenshot("ticket-reply");
        }
        assertThat(author.get("api/v1/tickets/" + ticket.getString("id")).json().getJsonArray("replies")
                .getValuesAs(JsonObject.class)).extracting(r -> r.getString("body")).contains(reply);
    }

    @Test
    void anAgentInvitesAColleagueAndDeactivatesThem() {
        String email = agentAddress("colleague");
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().navigate("Agents");

            console.type("textbox", "Full name", "Cora Colleague");
            console.type("textbox", "E-mail", email);
            console.click("button", "Invite agent");
            assertThat(console.row(email).getText()).contains("PENDING_ACTIVATION");
            console.click(console.within(console.row(email), "button", "Deactivate"));
            console.click(console.within(console.row(email), "button", "Confirm deactivation"));

            console.waitUntil("the deactivation", () -> "DEACTIVATED".equals(listed(email).getString("status")));
            console.screenshot("agents");
        }
        assertThat(PortalEnvironment.mailbox().await(email, 1).subject()).contains("Activate");
    }

    @Test
    void aHostileCompanyNameIsShownAsText() {
        String hostile = "<img src=x onerror=alert(1)> " + UUID.randomUUID().toString().substring(0, 6);
        String company = members.company(hostile);
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().open("companies/" + company);

            assertThat(console.find("heading", hostile).getText()).isEqualTo(hostile);
            console.navigate("Companies");
            assertThat(console.within(console.row(hostile), "link", hostile).getText()).isEqualTo(hostile);
            assertThat(console.driver().findElements(By.cssSelector("main img"))).isEmpty();
            assertThatThrownBy(() -> console.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            console.screenshot("hostile-name");
        }
    }

    private String memberToken(String email) {
        return members.portal().post("api/v1/sessions", login(email)).json().getString("token");
    }

    private JsonObject findRequest(String email) {
        String cursor = null;
        do {
            JsonObject page = agent.get("api/v1/admin/account-requests?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            for (JsonObject each : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (each.getString("email").equals(email)) {
                    return each;
                }
            }
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        throw new AssertionError("no request for " + email);
    }

    private String requestStatus(String email) {
        return findRequest(email).getString("status");
    }

    private void deactivateEveryAgentButTheFirstAnd(PortalClient as, String keep) {
        for (JsonObject each : agents(as)) {
            String email = each.getString("email");
            if (!email.equalsIgnoreCase(PortalEnvironment.AGENT_EMAIL) && !email.equalsIgnoreCase(keep)
                    && !"DEACTIVATED".equals(each.getString("status"))) {
                assertThat(as.patch("api/v1/admin/agents/" + each.getString("id"), Json.createObjectBuilder()
                        .add("status", "DEACTIVATED").build()).status()).isEqualTo(200);
            }
        }
    }

    private String agentAddressOf(PortalClient client) {
        return client.get("api/v1/me").json().getString("email");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PortalClient invitedAndActive(String fullName, String email) {
        Reply invited = agent.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", fullName).add("email", email).build());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return activate(email);
    }

    private PortalClient activate(String email) {
        String token = PortalEnvironment.mailbox().await(email, 1).token();
        assertThat(members.portal().post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", Members.PASSWORD).build()).status()).isEqualTo(204);
        return members.portal().loggedIn(email, Members.PASSWORD);
    }

    private JsonObject listed(String email) {
        return agents().stream().filter(a -> a.getString("email").equalsIgnoreCase(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed"));
    }

    private List<JsonObject> agents() {
        return agents(agent);
    }

    private static List<JsonObject> agents(PortalClient as) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = as.get("api/v1/admin/agents?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static String login(String email) {
        return Json.createObjectBuilder().add("email", email).add("password", Members.PASSWORD).build().toString();
    }

    private static String agentAddress(String who) {
        return Members.address(who).replace("@customer.example", "@vendor.example");
    }
}
