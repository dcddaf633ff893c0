package org.memberportal.it.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.memberportal.it.support.ConsoleBrowser;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.MemberBrowser;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PageBrowser;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The helpdesk over HTTP on both databases: the support team's queues and assignment, first-response
 * targets, internal notes and bulk changes. Every test makes its own companies and reads the
 * queues of those companies only, so tests share the portal without seeing each other.
 */
@ExtendWith(DeployedPortal.class)
class HelpdeskIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DeployedPortal.Url
    URL base;

    private final Mailbox mailbox = PortalEnvironment.mailbox();

    private PortalClient agent() {
        return new PortalClient(base).loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    private static JsonObject expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.body().isEmpty() ? null : reply.json();
    }

    private static List<JsonObject> items(Reply reply) {
        return expect(200, reply).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(Reply reply) {
        return items(reply).stream().map(t -> t.getString("number")).toList();
    }

    private static JsonObject ticket(Member author, String subject, String priority) {
        return expect(201, author.client().post("api/v1/tickets", Json.createObjectBuilder().add("subject", subject)
                .add("description", "Details of " + subject).add("priority", priority).build()));
    }

    private static Reply patch(PortalClient agent, JsonObject ticket, String json) {
        return agent.send("PATCH", "api/v1/admin/tickets/" + ticket.getString("id"), "application/json", json);
    }

    private static long version(JsonObject ticket) {
        return ticket.getJsonNumber("version").longValue();
    }

    private static String type(Reply reply) {
        String type = reply.json().getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** An agent invited by the first one, active, logged in; answers their id and client. */
    private Colleague colleague(PortalClient first) {
        String email = Members.address("agent").replace("@customer.example", "@vendor.example");
        String id = expect(201, first.post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Carl Colleague").add("email", email).build())).getString("id");
        PortalClient portal = new PortalClient(base);
        expect(204, portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", mailbox.await(email, 1).token()).add("password", Members.PASSWORD).build()));
        return new Colleague(id, email, portal.loggedIn(email, Members.PASSWORD));
    }

    private record Colleague(String id, String email, PortalClient client) {
    }

    @Test
    void queuesHoldWhatTheyShouldByDueTimeAndADeactivatedAgentsTicketsGoBack() {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        String company = members.company("Helpdesk Queues", TODAY.plusYears(1), null);
        Member author = members.member(company, "BASIC");
        JsonObject low = ticket(author, "Low one", "LOW");
        JsonObject urgent = ticket(author, "Urgent one", "URGENT");
        JsonObject normal = ticket(author, "Normal one", "NORMAL");
        JsonObject closed = ticket(author, "Closed one", "HIGH");
        String me = expect(200, agent.get("api/v1/me")).getString("id");
        Colleague colleague = colleague(agent);
        String in = "&companyId=" + company;

        JsonObject mine = expect(200, patch(agent, normal, "{\"assigneeId\": \"" + me + "\", \"version\": "
                + version(normal) + "}"));
        expect(200, patch(agent, closed, "{\"status\": \"CLOSED\", \"version\": " + version(closed) + "}"));
        JsonObject given = expect(200, patch(agent, low, "{\"assigneeId\": \"" + colleague.id() + "\", \"version\": "
                + version(low) + "}"));

        assertThat(mine.getJsonObject("assignee").getString("id")).isEqualTo(me);
        assertThat(given.getJsonObject("assignee").getString("fullName")).isEqualTo("Carl Colleague");
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=unassigned" + in)))
                .containsExactly(urgent.getString("number"));
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=mine" + in)))
                .containsExactly(normal.getString("number"));
        assertThat(numbers(colleague.client().get("api/v1/admin/tickets?queue=mine" + in)))
                .containsExactly(low.getString("number"));
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=open" + in))).containsExactly(
                urgent.getString("number"), normal.getString("number"), low.getString("number"));
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=all" + in))).containsExactly(
                urgent.getString("number"), closed.getString("number"), normal.getString("number"),
                low.getString("number"));
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=all&priority=HIGH" + in)))
                .containsExactly(closed.getString("number"));
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=open&status=CLOSED" + in))).isEmpty();
        List<JsonObject> firstPage = items(agent.get("api/v1/admin/tickets?queue=open&limit=2" + in));
        String cursor = expect(200, agent.get("api/v1/admin/tickets?queue=open&limit=2" + in)).getString("nextCursor");
        assertThat(firstPage).hasSize(2);
        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=open&limit=2&cursor=" + cursor + in)))
                .containsExactly(low.getString("number"));
        Mailbox.Mail told = mailbox.await(colleague.email(), 2);
        assertThat(told.subject()).contains(low.getString("number"));
        assertThat(told.text()).contains("/admin/#/ticket/" + low.getString("id"));
        expect(403, author.client().get("api/v1/admin/tickets?queue=open"));

        expect(200, agent.send("PATCH", "api/v1/admin/agents/" + colleague.id(), "application/json",
                "{\"status\": \"DEACTIVATED\"}"));

        assertThat(numbers(agent.get("api/v1/admin/tickets?queue=unassigned" + in))).containsExactly(
                urgent.getString("number"), low.getString("number"));
        JsonObject released = items(agent.get("api/v1/admin/tickets?queue=open" + in)).stream()
                .filter(t -> t.getString("id").equals(low.getString("id"))).findFirst().orElseThrow();
        assertThat(released.containsKey("assignee")).isFalse();
        assertThat(type(patch(agent, released, "{\"assigneeId\": \"" + colleague.id() + "\", \"version\": "
                + version(released) + "}"))).isEqualTo("invalid-request");
        JsonObject unassigned = expect(200, patch(agent, mine, "{\"assigneeId\": null, \"version\": " + version(mine)
                + "}"));
        assertThat(unassigned.containsKey("assignee")).isFalse();
    }

    @Test
    void theFirstAnswerIsDueByPriorityAndPlanAndTheAgentsFirstPublicReplyMeetsIt() {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        Member planned = members.member(members.company("Helpdesk Plan", TODAY.plusYears(1), TODAY.plusYears(1)),
                "BASIC");
        Member unplanned = members.member(members.company("Helpdesk No Plan", TODAY.plusYears(1), null), "BASIC");

        // docs/rules.md: URGENT 4 h with a plan, 8 h without; LOW 72 h with a plan
        JsonObject withPlan = ticket(planned, "Down", "URGENT");
        JsonObject withoutPlan = ticket(unplanned, "Down", "URGENT");
        assertThat(due(withPlan)).isCloseTo(created(withPlan).plus(Duration.ofHours(4)), MICROSECOND);
        assertThat(due(withoutPlan)).isCloseTo(created(withoutPlan).plus(Duration.ofHours(8)), MICROSECOND);
        assertThat(withPlan.getBoolean("breached")).isFalse();

        JsonObject lowered = expect(200, patch(agent, withPlan, "{\"priority\": \"LOW\", \"version\": "
                + version(withPlan) + "}"));
        assertThat(due(lowered)).isCloseTo(created(withPlan).plus(Duration.ofHours(72)), MICROSECOND);

        String path = "api/v1/tickets/" + withPlan.getString("id");
        expect(201, planned.client().post(path + "/replies", Json.createObjectBuilder().add("body", "Any news?")
                .build()));
        assertThat(expect(200, planned.client().get(path)).containsKey("firstRespondedAt")).isFalse();
        expect(201, agent.post(path + "/replies", Json.createObjectBuilder().add("body", "On it.").build()));
        expect(201, agent.post(path + "/replies", Json.createObjectBuilder().add("body", "Fixed.").build()));

        JsonObject answered = expect(200, planned.client().get(path));
        List<JsonObject> replies = answered.getJsonArray("replies").getValuesAs(JsonObject.class);
        Instant firstAgentReply = Instant.parse(replies.stream().filter(r -> r.getString("authorKind").equals("AGENT"))
                .findFirst().orElseThrow().getString("createdAt"));
        assertThat(Instant.parse(answered.getString("firstRespondedAt"))).isEqualTo(firstAgentReply);
        assertThat(answered.getBoolean("breached")).isFalse();
    }

    /** Stored times keep microseconds; the answer to a POST may show the clock's nanoseconds. */
    private static final TemporalUnitWithinOffset MICROSECOND = new TemporalUnitWithinOffset(1, ChronoUnit.MICROS);

    private static Instant due(JsonObject ticket) {
        return Instant.parse(ticket.getString("firstResponseDueAt"));
    }

    private static Instant created(JsonObject ticket) {
        return Instant.parse(ticket.getString("createdAt"));
    }

    @Test
    void aNoteReachesNoMemberNotTheirViewNorTheReplyEmailNorTheExport() {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        Member author = members.member(members.company("Helpdesk Notes", TODAY.plusYears(1), null), "BASIC");
        JsonObject ticket = ticket(author, "Slow reports", "NORMAL");
        String path = "api/v1/tickets/" + ticket.getString("id");
        String secret = "internal-" + ticket.getString("id");

        JsonObject note = expect(201, agent.post("api/v1/admin/tickets/" + ticket.getString("id") + "/notes",
                Json.createObjectBuilder().add("body", "Customer on an old build " + secret).build()));
        assertThat(note.getBoolean("internal")).isTrue();
        expect(201, agent.post(path + "/replies", Json.createObjectBuilder().add("body", "Please update.").build()));
        expect(403, author.client().post("api/v1/admin/tickets/" + ticket.getString("id") + "/notes",
                Json.createObjectBuilder().add("body", "mine").build()));

        List<JsonObject> agentsView = expect(200, agent.get(path)).getJsonArray("replies")
                .getValuesAs(JsonObject.class);
        assertThat(agentsView).extracting(r -> r.getBoolean("internal")).containsExactly(true, false);
        Reply membersView = author.client().get(path);
        assertThat(membersView.status()).isEqualTo(200);
        assertThat(membersView.body()).doesNotContain(secret).contains("Please update.");
        Mailbox.Mail reply = mailbox.await(author.email(), 2);
        assertThat(reply.text()).contains("Please update.").doesNotContain(secret);
        assertThat(reply.html()).doesNotContain(secret);
        Reply export = agent.get("api/v1/admin/accounts/" + author.accountId() + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains(ticket.getString("id")).doesNotContain(secret);
    }

    @Test
    void aBulkChangeWithOneStaleTicketChangesTheOthers() {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        Member author = members.member(members.company("Helpdesk Bulk", TODAY.plusYears(1), null), "BASIC");
        JsonObject first = ticket(author, "One", "HIGH");
        JsonObject stale = ticket(author, "Two", "HIGH");
        JsonObject third = ticket(author, "Three", "HIGH");
        expect(200, patch(agent, stale, "{\"status\": \"PENDING\", \"version\": " + version(stale) + "}"));

        JsonObject outcome = expect(200, agent.post("api/v1/admin/tickets/bulk", Json.createObjectBuilder()
                .add("tickets", Json.createArrayBuilder()
                        .add(at(first)).add(at(stale)).add(at(third))
                        .add(Json.createObjectBuilder().add("id", "no-such-ticket")))
                .add("status", "CLOSED").build()));

        assertThat(outcome.getJsonArray("updated").getValuesAs(JsonValue::toString))
                .containsExactly("\"" + first.getString("id") + "\"", "\"" + third.getString("id") + "\"");
        List<JsonObject> failed = outcome.getJsonArray("failed").getValuesAs(JsonObject.class);
        assertThat(failed).extracting(f -> f.getString("id"), f -> f.getInt("status")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(stale.getString("id"), 409),
                org.assertj.core.groups.Tuple.tuple("no-such-ticket", 404));
        assertThat(failed.get(0).getString("type")).endsWith("/stale-version");
        assertThat(expect(200, author.client().get("api/v1/tickets/" + first.getString("id"))).getString("status"))
                .isEqualTo("CLOSED");
        assertThat(expect(200, author.client().get("api/v1/tickets/" + stale.getString("id"))).getString("status"))
                .isEqualTo("PENDING");

        String me = expect(200, agent.get("api/v1/me")).getString("id");
        JsonObject assigned = expect(200, agent.post("api/v1/admin/tickets/bulk", Json.createObjectBuilder()
                .add("ticketIds", Json.createArrayBuilder().add(stale.getString("id")).add(third.getString("id")))
                .add("assigneeId", me).build()));
        assertThat(assigned.getJsonArray("updated")).hasSize(2);
    }

    private static JsonObject at(JsonObject ticket) {
        return Json.createObjectBuilder().add("id", ticket.getString("id")).add("version", version(ticket)).build();
    }

    // ---- attachments ----------------------------------------------------------------------

    private static final String BOUNDARY = "helpdesk-it-boundary-5c1e";

    private static String multipart(String filename, String contentType, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private static Reply attach(PortalClient client, String ticketId, String filename, String type, String content) {
        return client.send("POST", "api/v1/tickets/" + ticketId + "/attachments",
                "multipart/form-data; boundary=" + BOUNDARY, multipart(filename, type, content));
    }

    @Test
    void anAttachmentIsListedDownloadedAsAFileAndVisibleExactlyAsItsTicket() {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        String company = members.company("Helpdesk Files", TODAY.plusYears(1), null);
        Member author = members.member(company, "BASIC");
        Member colleague = members.member(company, "BASIC");
        Member manager = members.member(company, "MANAGER_SUPERVISOR");
        Member stranger = members.member(members.company("Helpdesk Files Other", TODAY.plusYears(1), null),
                "PRIMARY_OWNER");
        JsonObject ticket = ticket(author, "Broken page", "NORMAL");
        String id = ticket.getString("id");
        String html = "<html><script>alert(1)</script></html>";

        JsonObject page = expect(201, attach(author.client(), id, "page.html", "text/html", html));
        expect(201, attach(agent, id, "answer.txt", "text/plain", "Try this."));
        assertThat(page.getString("filename")).isEqualTo("page.html");
        assertThat(page.getInt("size")).isEqualTo(html.length());
        assertThat(page.getString("contentType")).isEqualTo("text/html");

        List<JsonObject> listed = expect(200, author.client().get("api/v1/tickets/" + id))
                .getJsonArray("attachments").getValuesAs(JsonObject.class);
        assertThat(listed).extracting(a -> a.getString("filename")).containsExactly("page.html", "answer.txt");
        String file = "api/v1/tickets/" + id + "/attachments/" + page.getString("id");
        for (PortalClient reader : List.of(author.client(), manager.client(), agent)) {
            Reply download = reader.get(file);
            assertThat(download.status()).as(download.toString()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(html);
            assertThat(download.header("Content-Disposition").orElseThrow()).startsWith("attachment;")
                    .contains("page.html");
            assertThat(download.header("X-Content-Type-Options")).contains("nosniff");
        }
        expect(404, stranger.client().get(file));
        expect(404, colleague.client().get(file));
        expect(404, stranger.client().get("api/v1/tickets/" + id + "/attachments/" + page.getString("id")));
        expect(404, attach(stranger.client(), id, "x.txt", "text/plain", "x"));
        expect(404, author.client().get("api/v1/tickets/" + id + "/attachments/no-such-file"));

        Reply export = agent.get("api/v1/admin/accounts/" + author.accountId() + "/export");
        assertThat(export.json().getJsonArray("attachments").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("id")).containsExactly(page.getString("id"));
        expect(202, agent.post("api/v1/admin/accounts/" + author.accountId() + "/erasure", ""));
        assertThat(expect(200, agent.get("api/v1/tickets/" + id)).getJsonArray("attachments")
                .getValuesAs(JsonObject.class)).extracting(a -> a.getString("filename"))
                .containsExactly("answer.txt");
        expect(404, agent.get(file));
    }

    @Test
    void aTicketTakesTwentyFilesAndNoMoreAlsoWhenTwoRaceForTheLastPlace() throws Exception {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        Member author = members.member(members.company("Helpdesk Many Files", TODAY.plusYears(1), null), "BASIC");
        String id = ticket(author, "Many logs", "LOW").getString("id");

        for (int i = 0; i < 19; i++) {
            expect(201, attach(author.client(), id, "log" + i + ".txt", "text/plain", "line " + i));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Reply>> racing = List.of(author.client(), agent).stream()
                .map(client -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return attach(client, id, "last.txt", "text/plain", "the last place");
                })).toList();
        List<Integer> statuses = racing.stream().map(reply -> reply.orTimeout(1, TimeUnit.MINUTES).join().status())
                .sorted().toList();
        Reply refused = attach(author.client(), id, "one-more.txt", "text/plain", "x");

        assertThat(statuses).as("one of the two takes the last place").containsExactly(201, 409);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(type(refused)).isEqualTo("too-many-attachments");
        assertThat(expect(200, agent.get("api/v1/tickets/" + id)).getJsonArray("attachments")).hasSize(20);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileOfTenMebibytesAndOneByteIsRefusedBeforeItsUploadEnds() throws Exception {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        Member author = members.member(members.company("Helpdesk Big File", TODAY.plusYears(1), null), "BASIC");
        String id = ticket(author, "Huge log", "LOW").getString("id");
        String token = expect(201, new PortalClient(base).post("api/v1/sessions", Json.createObjectBuilder()
                .add("email", author.email()).add("password", Members.PASSWORD).build())).getString("token");
        int fileBytes = 10 * 1024 * 1024 + 1;
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.log\""
                + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        URI target = new PortalClient(base).resolve("api/v1/tickets/" + id + "/attachments");

        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\nContent-Length: " + (head.length + fileBytes + tail.length) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'x');
            for (int sent = 0; sent < fileBytes; sent += block.length) {
                out.write(block, 0, Math.min(block.length, fileBytes - sent));
            }
            out.flush();
            // the body's end (its closing boundary) is not sent: the answer must come without it
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(expect(200, author.client().get("api/v1/tickets/" + id)).getJsonArray("attachments")).isEmpty();
    }

    // ---- the pages ------------------------------------------------------------------------

    @Test
    void anAgentTakesATicketFromUnassignedAddsANoteAndAttachesAFileAndTheMemberSeesTheFile() throws Exception {
        PortalClient agent = agent();
        Members members = new Members(new PortalClient(base), agent);
        String company = members.company("Helpdesk Pages", TODAY.plusYears(1), null);
        Member author = members.member(company, "BASIC");
        JsonObject ticket = ticket(author, "Printer offline", "URGENT");
        String id = ticket.getString("id");
        Path file = Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "driver-" + id + ".log"),
                "printer driver log");

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent().open("tickets/unassigned/any/" + company);
            console.click("checkbox", ticket.getString("number"));
            assertThat(console.accessibilityViolations()).as("axe-core on the queue").isEmpty();
            console.screenshotAtBothWidths("console-ticket-queue");
            console.click("button", "Assign selected");
            console.waitUntil("the ticket assigned", () -> expect(200, agent.get("api/v1/tickets/" + id))
                    .containsKey("assignee"));

            console.open("ticket/" + id);
            console.find("combobox", "Assignee");
            console.type("textbox", "Internal note", "Their printer is a 2009 model.");
            console.click("button", "Add note");
            console.waitUntil("the note in the thread", () -> console.driver().findElements(By.cssSelector("article"))
                    .stream().anyMatch(a -> a.getText().contains("Their printer is a 2009 model.")));
            // a file input is no textbox to the browser: found by its label's name, as a person reads it
            fileInput(console, "Attach file").sendKeys(file.toString());
            console.click("button", "Upload file");
            console.find("link", file.getFileName().toString());
            assertThat(console.accessibilityViolations()).as("axe-core on the ticket").isEmpty();
            console.screenshotAtBothWidths("console-ticket-notes");
        }
        JsonObject seen = expect(200, author.client().get("api/v1/tickets/" + id));
        assertThat(seen.toString()).doesNotContain("2009 model");
        assertThat(seen.getJsonArray("attachments")).hasSize(1);

        try (MemberBrowser portal = new MemberBrowser(base)) {
            portal.signedIn(author.email(), Members.PASSWORD).open("tickets/" + id);
            portal.find("link", file.getFileName().toString());
            fileInput(portal, "Attach file");
            assertThat(portal.accessibilityViolations()).as("axe-core on the member's ticket").isEmpty();
            portal.screenshotAtBothWidths("member-ticket-attachment");
        }
    }

    private static WebElement fileInput(PageBrowser browser, String name) {
        return browser.waitFor("a file input named '" + name + "'", () -> browser.driver()
                .findElements(By.cssSelector("input[type=file]")).stream()
                .filter(input -> name.equals(input.getAccessibleName())).findFirst());
    }
}
