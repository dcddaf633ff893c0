package org.memberportal.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The member services over HTTP: tickets, licenses and keys, orders, download links, documents, live sessions
 * and coupons, and who may use each endpoint, on both databases. Every test makes its own
 * companies, so the tests do not depend on each other or on their order.
 */
@ExtendWith(DeployedPortal.class)
class MemberServicesIT {

    private static final List<String> LEVELS = List.of("BASIC", "SALES_DESIGNER", "IT_TECH_SUPPORT",
            "MANAGER_SUPERVISOR", "PRIMARY_OWNER");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DeployedPortal.Url
    URL base;

    private PortalClient agent() {
        return new PortalClient(base).loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    private Members members(PortalClient agent) {
        return new Members(new PortalClient(base), agent);
    }

    private static JsonObject json(Object... pairs) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Integer number) {
                builder.add((String) pairs[i], number);
            } else if (value != null) {
                builder.add((String) pairs[i], value.toString());
            }
        }
        return builder.build();
    }

    private static List<JsonObject> items(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.body().isEmpty() ? null : reply.json();
    }

    private static String problemCode(Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        String type = reply.json().getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    // ---- tickets --------------------------------------------------------------------------

    @Test
    void aTicketIsNumberedAnsweredAndSettled() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Tickets Acme", TODAY.plusYears(1), null);
        Member author = members.member(acme, "BASIC");
        Member manager = members.member(acme, "MANAGER_SUPERVISOR");
        Member colleague = members.member(acme, "IT_TECH_SUPPORT");
        Member stranger = members.member(members.company("Tickets Globex", TODAY.plusYears(1), null), "PRIMARY_OWNER");

        JsonObject ticket = expect(201, author.client().post("api/v1/tickets",
                json("subject", "It crashes", "description", "Since 5.2 it crashes at start.", "priority", "HIGH")));
        String id = ticket.getString("id");
        assertThat(ticket.getString("number")).matches("T-\\d{6,}");
        assertThat(ticket.getString("status")).isEqualTo("OPEN");
        assertThat(ticket.getString("priority")).isEqualTo("HIGH");
        JsonObject second = expect(201, author.client().post("api/v1/tickets",
                json("subject", "Another", "description", "Details")));
        assertThat(second.getString("number")).isNotEqualTo(ticket.getString("number"));
        assertThat(second.getString("priority")).isEqualTo("NORMAL");

        assertThat(items(author.client().get("api/v1/tickets?scope=mine"))).hasSize(2);
        assertThat(items(manager.client().get("api/v1/tickets?scope=company&status=OPEN"))).hasSize(2);
        assertThat(items(manager.client().get("api/v1/tickets?scope=mine"))).isEmpty();
        expect(403, colleague.client().get("api/v1/tickets?scope=company"));
        expect(404, colleague.client().get("api/v1/tickets/" + id));
        expect(404, stranger.client().get("api/v1/tickets/" + id));
        expect(404, stranger.client().post("api/v1/tickets/" + id + "/replies", json("body", "hi")));

        expect(201, manager.client().post("api/v1/tickets/" + id + "/replies", json("body", "Our manager looks.")));
        expect(201, agent.post("api/v1/tickets/" + id + "/replies", json("body", "Please install <5.2.1>.")));
        JsonObject shown = expect(200, author.client().get("api/v1/tickets/" + id));
        assertThat(shown.getJsonArray("replies").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("authorKind") + ": " + r.getString("body"))
                .containsExactly("MEMBER: Our manager looks.", "AGENT: Please install <5.2.1>.");
        assertThat(members.emailsTo(author.email())).filteredOn(e -> e.getString("kind").equals("TICKET_REPLY"))
                .hasSize(1);
        assertThat(PortalEnvironment.mailbox().await(author.email(), 2).text()).contains("Please install <5.2.1>.");

        assertThat(items(agent.get("api/v1/admin/tickets?companyId=" + acme))).hasSize(2);
        long version = shown.getJsonNumber("version").longValue();
        JsonObject closed = expect(200, agent.send("PATCH", "api/v1/admin/tickets/" + id, "application/json",
                "{\"status\": \"CLOSED\", \"version\": " + version + "}"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(problemCode(agent.send("PATCH", "api/v1/admin/tickets/" + id, "application/json",
                "{\"status\": \"OPEN\", \"version\": " + version + "}"))).isEqualTo("stale-version");
        assertThat(problemCode(author.client().post("api/v1/tickets/" + id + "/replies", json("body", "more"))))
                .isEqualTo("ticket-closed");
        expect(400, author.client().post("api/v1/tickets", json("subject", "", "description", "x")));
    }

    /** Replies used to be taken without bound: one member's script could fill the queue and the database. */
    @Test
    void aMembersRepliesPastThirtyAnHourAreRefusedWithRetryAfterWhileTheAgentStillAnswers() {
        Members members = members(agent());
        PortalClient author = members.member(members.company("Chatty Acme", TODAY.plusYears(1), null), "BASIC")
                .client();
        String replies = "api/v1/tickets/" + expect(201, author.post("api/v1/tickets",
                json("subject", "Many words", "description", "And more to come."))).getString("id") + "/replies";
        for (int i = 0; i < 30; i++) {
            expect(201, author.post(replies, json("body", "Detail " + i)));
        }

        Reply refused = author.post(replies, json("body", "One too many"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(problemCode(refused)).isEqualTo("too-many-attempts");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        expect(201, members.agent().post(replies, json("body", "We read them all.")));
    }

    // ---- licenses -------------------------------------------------------------------------

    @Test
    void eachLevelSeesItsViewOfTheLicensesAndOnlyPrimariesSeeKeysAndCodes() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Licenses Acme", TODAY.plusYears(1), TODAY.plusMonths(6));
        JsonObject issued = expect(201, agent.post("api/v1/admin/companies/" + acme + "/licenses",
                json("product", "Design Suite", "kind", "COMPUTER", "quantity", 3, "expiresOn",
                        TODAY.plusYears(1).toString())));
        String key = issued.getString("licenseKey");
        List<String> codes = issued.getJsonArray("activationCodes").getValuesAs(JsonString::getString);
        assertThat(key).matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}");
        assertThat(codes).hasSize(3).allMatch(c -> c.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}"));

        Map<String, Reply> answers = new LinkedHashMap<>();
        for (String level : LEVELS) {
            answers.put(level, members.member(acme, level).client().get("api/v1/companies/" + acme + "/licenses"));
        }
        answers.put("AGENT", agent.get("api/v1/companies/" + acme + "/licenses"));

        expect(403, answers.get("BASIC"));
        JsonObject limited = items(answers.get("SALES_DESIGNER")).get(0);
        assertThat(limited.keySet()).containsExactlyInAnyOrder("id", "product", "kind", "quantity", "expiresOn");
        for (String full : List.of("IT_TECH_SUPPORT", "MANAGER_SUPERVISOR", "AGENT")) {
            JsonObject view = items(answers.get(full)).get(0);
            assertThat(view.getJsonObject("maintenance").getString("status")).isEqualTo("ACTIVE");
            assertThat(view.containsKey("orderHistory")).isTrue();
            assertThat(view.containsKey("licenseKey")).isFalse();
        }
        JsonObject primary = items(answers.get("PRIMARY_OWNER")).get(0);
        assertThat(primary.getString("licenseKey")).isEqualTo(key);
        assertThat(primary.getJsonArray("activationCodes").getValuesAs(JsonString::getString)).isEqualTo(codes);
        assertThat(answers.get("PRIMARY_OWNER").header("Cache-Control").orElse("")).contains("no-store");
        // whatever the field names: no answer below Primary carries the key or a code anywhere
        answers.forEach((who, reply) -> {
            if (!who.equals("PRIMARY_OWNER")) {
                assertThat(reply.body()).as(who).doesNotContain(key);
                codes.forEach(code -> assertThat(reply.body()).as(who).doesNotContain(code));
            }
        });
        Member stranger = members.member(members.company("Licenses Globex", TODAY.plusYears(1), null), "PRIMARY_OWNER");
        assertThat(stranger.client().get("api/v1/companies/" + acme + "/licenses").body()).doesNotContain(key);
        expect(404, stranger.client().get("api/v1/companies/" + acme + "/licenses"));
    }

    // ---- orders ---------------------------------------------------------------------------

    @Test
    void aFulfilledLicenseOrderRaisesTheLicenseAndTheOrdererIsEmailed() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Orders Acme", TODAY.plusYears(1), null);
        expect(201, agent.post("api/v1/admin/companies/" + acme + "/licenses", json("product", "Suite", "kind",
                "COMPUTER", "quantity", 2, "expiresOn", TODAY.plusYears(1).toString())));
        Member it = members.member(acme, "IT_TECH_SUPPORT");
        Member manager = members.member(acme, "MANAGER_SUPERVISOR");
        Member primary = members.member(acme, "PRIMARY_OWNER");

        JsonObject order = expect(201, it.client().post("api/v1/companies/" + acme + "/license-orders",
                json("product", "suite", "kind", "COMPUTER", "quantity", 5)));
        JsonObject newProduct = expect(201, manager.client().post("api/v1/companies/" + acme + "/license-orders",
                json("product", "Server", "kind", "CONCURRENT_CONNECTION", "quantity", 25)));
        JsonObject service = expect(201, manager.client().post("api/v1/companies/" + acme + "/service-orders",
                json("description", "A report of all seats in use")));
        assertThat(order.getString("status")).isEqualTo("PLACED");
        assertThat(service.getString("kind")).isEqualTo("SERVICE");
        expect(400, it.client().post("api/v1/companies/" + acme + "/license-orders",
                json("product", "Suite", "kind", "COMPUTER", "quantity", 0)));

        assertThat(items(agent.get("api/v1/admin/orders?status=PLACED&companyId=" + acme))).hasSize(3);
        JsonObject fulfilled = expect(200, agent.post("api/v1/admin/orders/" + order.getString("id") + "/fulfilment",
                "{}"));
        assertThat(fulfilled.getString("status")).isEqualTo("FULFILLED");
        assertThat(problemCode(agent.post("api/v1/admin/orders/" + order.getString("id") + "/fulfilment", "{}")))
                .isEqualTo("already-fulfilled");
        assertThat(problemCode(agent.post("api/v1/admin/orders/" + newProduct.getString("id") + "/fulfilment",
                "{}"))).isEqualTo("expiry-needed");
        expect(200, agent.post("api/v1/admin/orders/" + newProduct.getString("id") + "/fulfilment",
                json("expiresOn", TODAY.plusYears(2).toString())));
        expect(200, agent.post("api/v1/admin/orders/" + service.getString("id") + "/fulfilment", "{}"));

        List<JsonObject> licenses = items(primary.client().get("api/v1/companies/" + acme + "/licenses"));
        assertThat(licenses).extracting(l -> l.getString("product") + " x" + l.getInt("quantity"))
                .containsExactlyInAnyOrder("Suite x7", "Server x25");
        JsonObject suite = licenses.stream().filter(l -> l.getString("product").equals("Suite")).findFirst()
                .orElseThrow();
        assertThat(suite.getJsonArray("activationCodes")).hasSize(7);
        assertThat(suite.getJsonArray("orderHistory").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(h -> assertThat(h.getString("status")).isEqualTo("FULFILLED"));
        assertThat(members.emailsTo(it.email())).filteredOn(e -> e.getString("kind").equals("ORDER_FULFILLED"))
                .hasSize(1);
        assertThat(members.emailsTo(manager.email())).filteredOn(e -> e.getString("kind").equals("ORDER_FULFILLED"))
                .hasSize(2);
    }

    // ---- download links -------------------------------------------------------------------

    @Test
    void aRequestedLinkIsGrantedAndShowsForItsAskerAndThePrimary() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Downloads Acme", TODAY.plusYears(1), null);
        Member it = members.member(acme, "IT_TECH_SUPPORT");
        Member manager = members.member(acme, "MANAGER_SUPERVISOR");
        Member primary = members.member(acme, "PRIMARY_OWNER");

        JsonObject request = expect(201, it.client().post("api/v1/companies/" + acme + "/download-requests",
                json("product", "Suite 5.2")));
        assertThat(request.getString("status")).isEqualTo("REQUESTED");
        assertThat(items(it.client().get("api/v1/companies/" + acme + "/downloads"))).isEmpty();
        assertThat(items(agent.get("api/v1/admin/download-requests?status=REQUESTED&companyId=" + acme)))
                .extracting(r -> r.getString("id")).containsExactly(request.getString("id"));

        String grant = "api/v1/admin/download-requests/" + request.getString("id") + "/grant";
        expect(400, agent.post(grant, json("url", "javascript:alert(document.cookie)")));
        expect(400, agent.post(grant, json("url", "ftp://downloads.vendor.example/suite.zip")));
        JsonObject granted = expect(200, agent.post(grant, json("url", "https://downloads.vendor.example/suite-5.2.zip")));
        assertThat(granted.getString("status")).isEqualTo("GRANTED");
        assertThat(problemCode(agent.post(grant, json("url", "https://downloads.vendor.example/other.zip"))))
                .isEqualTo("already-granted");

        assertThat(items(it.client().get("api/v1/companies/" + acme + "/downloads")))
                .extracting(l -> l.getString("url")).containsExactly("https://downloads.vendor.example/suite-5.2.zip");
        assertThat(items(primary.client().get("api/v1/companies/" + acme + "/downloads"))).hasSize(1);
        assertThat(items(manager.client().get("api/v1/companies/" + acme + "/downloads"))).isEmpty();
        assertThat(members.emailsTo(it.email())).extracting(e -> e.getString("kind")).contains("DOWNLOAD_GRANTED");
    }

    @Test
    void membersSeeTheirOwnOrdersAndRequestsWithTheirStateAndAskForAProductOnce() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Own Things Acme", TODAY.plusYears(1), null);
        String globex = members.company("Own Things Globex", TODAY.plusYears(1), null);
        Member it = members.member(acme, "IT_TECH_SUPPORT");
        Member manager = members.member(acme, "MANAGER_SUPERVISOR");
        Member basic = members.member(acme, "BASIC");
        Member stranger = members.member(globex, "IT_TECH_SUPPORT");

        JsonObject licenses = expect(201, it.client().post("api/v1/companies/" + acme + "/license-orders",
                json("product", "Suite", "kind", "COMPUTER", "quantity", 3)));
        JsonObject service = expect(201, it.client().post("api/v1/companies/" + acme + "/service-orders",
                json("description", "An export of last year's projects")));
        expect(201, manager.client().post("api/v1/companies/" + acme + "/service-orders", json("description", "x")));
        expect(200, agent.post("api/v1/admin/orders/" + service.getString("id") + "/fulfilment", "{}"));
        assertThat(items(it.client().get("api/v1/me/orders")))
                .extracting(o -> o.getString("id") + " " + o.getString("status"))
                .containsExactly(service.getString("id") + " FULFILLED", licenses.getString("id") + " PLACED");

        JsonObject asked = expect(201, it.client().post("api/v1/companies/" + acme + "/download-requests",
                json("product", "Suite 5.2")));
        Reply twice = it.client().post("api/v1/companies/" + acme + "/download-requests", json("product", "suite 5.2"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(problemCode(twice)).isEqualTo("already-requested");
        assertThat(items(it.client().get("api/v1/me/download-requests")))
                .extracting(r -> r.getString("id") + " " + r.getString("status"))
                .containsExactly(asked.getString("id") + " REQUESTED");
        expect(200, agent.post("api/v1/admin/download-requests/" + asked.getString("id") + "/grant",
                json("url", "https://downloads.vendor.example/suite-5.2.zip")));
        assertThat(items(it.client().get("api/v1/me/download-requests"))).singleElement().satisfies(r -> {
            assertThat(r.getString("status")).isEqualTo("GRANTED");
            assertThat(r.getString("url")).isEqualTo("https://downloads.vendor.example/suite-5.2.zip");
        });
        assertThat(problemCode(it.client().post("api/v1/companies/" + acme + "/download-requests",
                json("product", "Suite 5.2")))).isEqualTo("already-requested");
        assertThat(items(manager.client().get("api/v1/me/download-requests"))).isEmpty();
        assertThat(items(basic.client().get("api/v1/me/orders"))).isEmpty();

        // without a request: to one account, then to the company's IT, Manager and Primary accounts
        String publish = "api/v1/admin/companies/" + acme + "/downloads";
        JsonObject toManager = expect(201, agent.post(publish, json("product", "Viewer",
                "url", "https://downloads.vendor.example/viewer.zip", "accountId", manager.id())));
        assertThat(toManager.getString("status")).isEqualTo("GRANTED");
        assertThat(items(manager.client().get("api/v1/me/download-requests")))
                .extracting(r -> r.getString("id")).containsExactly(toManager.getString("id"));
        JsonObject toCompany = expect(201, agent.post(publish, json("product", "Toolkit",
                "url", "https://downloads.vendor.example/toolkit.zip")));
        assertThat(items(it.client().get("api/v1/companies/" + acme + "/downloads")))
                .extracting(l -> l.getString("url")).contains("https://downloads.vendor.example/toolkit.zip")
                .doesNotContain("https://downloads.vendor.example/viewer.zip");
        assertThat(items(manager.client().get("api/v1/companies/" + acme + "/downloads")))
                .extracting(l -> l.getString("id")).containsExactlyInAnyOrder(toManager.getString("id"),
                        toCompany.getString("id"));
        assertThat(problemCode(it.client().post("api/v1/companies/" + acme + "/download-requests",
                json("product", "Toolkit")))).isEqualTo("already-requested");
        assertThat(items(stranger.client().get("api/v1/companies/" + globex + "/downloads"))).isEmpty();
        assertThat(problemCode(agent.post(publish, json("product", "Viewer", "url",
                "https://downloads.vendor.example/viewer.zip", "accountId", basic.id())))).isEqualTo("not-eligible");
        expect(404, agent.post(publish, json("product", "Viewer", "url", "https://downloads.vendor.example/viewer.zip",
                "accountId", stranger.id())));
        assertThat(members.emailsTo(manager.email())).extracting(e -> e.getString("kind"))
                .contains("DOWNLOAD_PUBLISHED");
    }

    // ---- the profile ----------------------------------------------------------------------

    /** What docs/rules.md's capability matrix gives a Manager/Supervisor, row by row. */
    private static final List<String> MANAGER_MAY = List.of("PORTAL_ACCESS", "CREATE_TICKETS",
            "REQUEST_STAFF_ACCOUNTS", "MANAGE_STAFF_ACCOUNTS", "SEE_COMPANY_TICKETS", "REPLY_TO_COMPANY_TICKETS",
            "RECEIVE_NEWSLETTER", "RECEIVE_UPDATE_NOTICES", "BOOK_LIVE_SESSIONS", "ORDER_PAID_SERVICES",
            "SEE_LICENSE_INFORMATION_LIMITED", "SEE_LICENSE_INFORMATION_FULL", "ORDER_LICENSES",
            "REQUEST_DOWNLOAD_LINKS");

    @Test
    void theProfileShowsWhatTheLevelAllowsTheCouponsMailingsAndSecondFactorAndTheNameChanges() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Profile Acme", TODAY.plusDays(30), null);
        Member manager = members.member(acme, "MANAGER_SUPERVISOR");
        Member primary = members.member(acme, "PRIMARY_OWNER");

        Reply reply = manager.client().get("api/v1/me/profile");
        JsonObject profile = expect(200, reply);

        assertThat(reply.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(profile.getString("fullName")).isEqualTo("Test MANAGER_SUPERVISOR");
        assertThat(profile.getString("email")).isEqualTo(manager.email());
        assertThat(profile.getString("level")).isEqualTo("MANAGER_SUPERVISOR");
        assertThat(profile.getJsonObject("company").getString("id")).isEqualTo(acme);
        assertThat(profile.getJsonObject("company").getString("name")).isEqualTo("Profile Acme");
        List<JsonObject> allowed = profile.getJsonArray("allowed").getValuesAs(JsonObject.class);
        assertThat(allowed).extracting(a -> a.getString("capability")).containsExactlyInAnyOrderElementsOf(MANAGER_MAY);
        assertThat(allowed).allSatisfy(a -> assertThat(a.getString("text")).isNotBlank());
        assertThat(profile.getJsonArray("coupons").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getString("kind")).isEqualTo("FREE");
            assertThat(c.getString("validUntil")).isEqualTo(TODAY.plusDays(30).toString());
        });
        assertThat(profile.getJsonObject("preferences").getJsonObject("newsletter").getBoolean("subscribed")).isTrue();
        assertThat(profile.getJsonObject("preferences").getJsonObject("updateNotices").getBoolean("eligible"))
                .isTrue();
        assertThat(profile.getJsonObject("secondFactor")).isEqualTo(Json.createObjectBuilder()
                .add("enabled", false).add("required", false).build());
        // these ITs run with portal.second-factor.required=none; SecondFactorIT proves the default
        assertThat(expect(200, primary.client().get("api/v1/me/profile")).getJsonObject("secondFactor")
                .getBoolean("required")).isFalse();
        assertThat(expect(200, agent.get("api/v1/me/profile")).getJsonObject("secondFactor").getBoolean("required"))
                .isFalse();

        JsonObject renamed = expect(200, manager.client().patch("api/v1/me/profile",
                json("fullName", "  Mona Manager-Smith ")));
        assertThat(renamed.getString("fullName")).isEqualTo("Mona Manager-Smith");
        assertThat(manager.client().get("api/v1/me").json().getString("fullName")).isEqualTo("Mona Manager-Smith");
        for (String wrong : List.of("Mona\nBcc: all@example.com", " ", "x".repeat(201))) {
            Reply refused = manager.client().patch("api/v1/me/profile", json("fullName", wrong));
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        expect(400, manager.client().patch("api/v1/me/profile", json()));
        assertThat(manager.client().get("api/v1/me").json().getString("fullName")).isEqualTo("Mona Manager-Smith");
    }

    // ---- documents ------------------------------------------------------------------------

    @Test
    void agentsPublishDocumentsThatEveryMemberReads() {
        PortalClient agent = agent();
        Members members = members(agent);
        Member basic = members.member(members.company("Documents Acme", TODAY.plusYears(1), null), "BASIC");

        JsonObject document = expect(201, agent.post("api/v1/admin/documents", json("title", "Installation guide",
                "product", "Suite", "version", "5.2", "url", "https://docs.vendor.example/suite/5.2/install.pdf")));
        expect(400, agent.post("api/v1/admin/documents", json("title", "Bad", "product", "Suite", "version", "5.2",
                "url", "data:text/html,<script>alert(1)</script>")));
        assertThat(items(basic.client().get("api/v1/documents?limit=200"))).extracting(d -> d.getString("id"))
                .contains(document.getString("id"));

        expect(204, agent.delete("api/v1/admin/documents/" + document.getString("id")));
        expect(404, agent.delete("api/v1/admin/documents/" + document.getString("id")));
        assertThat(items(basic.client().get("api/v1/documents?limit=200"))).extracting(d -> d.getString("id"))
                .doesNotContain(document.getString("id"));
    }

    // ---- live sessions and coupons --------------------------------------------------------

    @Test
    void afterTheSupportPeriodSessionsCostTheListPriceLessTheDiscountCode() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Sessions After", TODAY.minusDays(30), null);
        Member member = members.member(acme, "BASIC");
        Member colleague = members.member(acme, "PRIMARY_OWNER");
        String nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        JsonObject coupon = items(member.client().get("api/v1/me/coupons")).get(0);
        assertThat(coupon.getString("kind")).isEqualTo("DISCOUNT");
        assertThat(coupon.getString("validUntil")).isEqualTo(TODAY.withMonth(12).withDayOfMonth(31).toString());
        String code = coupon.getString("code");

        JsonObject listPrice = expect(201, member.client().post("api/v1/live-sessions",
                json("kind", "CONFIGURATION", "preferredAt", nextWeek)));
        assertThat(listPrice.getJsonObject("price")).isEqualTo(Json.createObjectBuilder()
                .add("amount", "150.00").add("currency", "EUR").build());
        assertThat(problemCode(colleague.client().post("api/v1/live-sessions",
                json("kind", "CONFIGURATION", "preferredAt", nextWeek, "couponCode", code)))).isEqualTo("invalid-coupon");
        JsonObject discounted = expect(201, member.client().post("api/v1/live-sessions",
                json("kind", "CONFIGURATION", "preferredAt", nextWeek, "couponCode", code)));
        assertThat(discounted.getJsonObject("price").getString("amount")).isEqualTo("120.00");
        Reply reused = member.client().post("api/v1/live-sessions",
                json("kind", "TRAINING", "preferredAt", nextWeek, "couponCode", code));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(problemCode(reused)).isEqualTo("invalid-coupon");
        JsonObject callBack = expect(201, member.client().post("api/v1/live-sessions",
                json("kind", "CALL_RETURN", "preferredAt", nextWeek)));
        assertThat(callBack.getJsonObject("price").getString("amount")).isEqualTo("0.00");
        assertThat(items(member.client().get("api/v1/live-sessions"))).hasSize(3);
        assertThat(items(colleague.client().get("api/v1/live-sessions"))).isEmpty();
    }

    @Test
    void duringTheSupportPeriodSessionsAreFreeAndTheFreeCodeCoversOneAfterIt() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Sessions During", TODAY.plusDays(10), null);
        Member member = members.member(acme, "SALES_DESIGNER");
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant afterThePeriod = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        JsonObject coupon = items(member.client().get("api/v1/me/coupons")).get(0);
        assertThat(coupon.getString("kind")).isEqualTo("FREE");
        assertThat(coupon.getString("validUntil")).isEqualTo(TODAY.plusDays(10).toString());

        JsonObject free = expect(201, member.client().post("api/v1/live-sessions",
                json("kind", "INSTALLATION", "preferredAt", soon.toString())));
        assertThat(free.getJsonObject("price").getString("amount")).isEqualTo("0.00");
        JsonObject withTheCode = expect(201, member.client().post("api/v1/live-sessions", json("kind", "INSTALLATION",
                "preferredAt", soon.toString(), "couponCode", coupon.getString("code"))));
        assertThat(withTheCode.getJsonObject("price").getString("amount")).isEqualTo("0.00");
        assertThat(items(member.client().get("api/v1/me/coupons")).get(0).getString("usedAt", null))
                .as("used up").isNotNull();
        Reply usedUp = member.client().post("api/v1/live-sessions", json("kind", "TRAINING",
                "preferredAt", soon.toString(), "couponCode", coupon.getString("code")));
        assertThat(usedUp.status()).isEqualTo(400);
        assertThat(problemCode(usedUp)).isEqualTo("invalid-coupon");
        Member colleague = members.member(acme, "BASIC");
        JsonObject covered = expect(201, colleague.client().post("api/v1/live-sessions", json("kind", "TRAINING",
                "preferredAt", afterThePeriod.toString(), "couponCode",
                items(colleague.client().get("api/v1/me/coupons")).get(0).getString("code"))));
        assertThat(covered.getJsonObject("price").getString("amount")).isEqualTo("0.00");
        expect(400, member.client().post("api/v1/live-sessions",
                json("kind", "TRAINING", "preferredAt", Instant.now().minusSeconds(3600).toString())));

        String booking = free.getString("id");
        assertThat(items(agent.get("api/v1/admin/live-sessions?status=REQUESTED&limit=200")))
                .extracting(s -> s.getString("id")).contains(booking);
        JsonObject confirmed = expect(200, agent.post("api/v1/admin/live-sessions/" + booking + "/confirmation", "{}"));
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getString("scheduledAt")).isEqualTo(free.getString("preferredAt"));
        expect(409, agent.post("api/v1/admin/live-sessions/" + booking + "/confirmation", "{}"));
        assertThat(members.emailsTo(member.email())).extracting(e -> e.getString("kind"))
                .contains("LIVE_SESSION_CONFIRMED");
    }

    // ---- who may use each endpoint --------------------------------------------------------

    /**
     * One endpoint of the member services: how to call it for a caller on a company, the capability (or
     * capabilities) a member needs, the status of success, and what an agent gets (agents hold
     * no member capability; what they may is decided per endpoint).
     */
    private record Endpoint(String name, Function<Target, Reply> call, Predicate<Member> allowed, int success,
            boolean companyInPath, int agent) {
    }

    /** The caller, the company named in the path, and data of that company to act on. */
    private record Target(PortalClient client, String companyId, String colleaguesTicket) {
    }

    private static Predicate<Member> needs(String capability) {
        return member -> member.may(capability);
    }

    @Test
    void everyEndpointAnswersWhatTheCapabilityMatrixSays() {
        PortalClient agent = agent();
        Members members = members(agent);
        String acme = members.company("Matrix Acme", TODAY.plusYears(1), null);
        String globex = members.company("Matrix Globex", TODAY.plusYears(1), null);
        String acmeTicket = expect(201, members.member(acme, "BASIC").client().post("api/v1/tickets",
                json("subject", "Colleague's", "description", "x"))).getString("id");
        String globexTicket = expect(201, members.member(globex, "BASIC").client().post("api/v1/tickets",
                json("subject", "Other company's", "description", "x"))).getString("id");
        String nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).toString();
        String unknown = "00000000-0000-7000-8000-000000000000";

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /tickets", t -> t.client().post("api/v1/tickets",
                        json("subject", "s", "description", "d")), needs("CREATE_TICKETS"), 201, false, 403),
                new Endpoint("GET /tickets?scope=mine", t -> t.client().get("api/v1/tickets?scope=mine"),
                        needs("CREATE_TICKETS"), 200, false, 403),
                new Endpoint("GET /tickets?scope=company", t -> t.client().get("api/v1/tickets?scope=company"),
                        needs("SEE_COMPANY_TICKETS"), 200, false, 403),
                new Endpoint("GET /tickets/{id}", t -> t.client().get("api/v1/tickets/" + t.colleaguesTicket()),
                        needs("SEE_COMPANY_TICKETS"), 200, true, 200),
                new Endpoint("POST /tickets/{id}/replies", t -> t.client().post(
                        "api/v1/tickets/" + t.colleaguesTicket() + "/replies", json("body", "b")),
                        needs("REPLY_TO_COMPANY_TICKETS"), 201, true, 201),
                new Endpoint("GET /companies/{cid}/licenses", t -> t.client().get(
                        "api/v1/companies/" + t.companyId() + "/licenses"),
                        needs("SEE_LICENSE_INFORMATION_LIMITED"), 200, true, 200),
                new Endpoint("POST /companies/{cid}/license-orders", t -> t.client().post(
                        "api/v1/companies/" + t.companyId() + "/license-orders",
                        json("product", "Suite", "kind", "COMPUTER", "quantity", 1)),
                        needs("ORDER_LICENSES"), 201, true, 403),
                new Endpoint("POST /companies/{cid}/service-orders", t -> t.client().post(
                        "api/v1/companies/" + t.companyId() + "/service-orders", json("description", "d")),
                        needs("ORDER_PAID_SERVICES"), 201, true, 403),
                new Endpoint("GET /companies/{cid}/downloads", t -> t.client().get(
                        "api/v1/companies/" + t.companyId() + "/downloads"),
                        needs("SEE_ALL_DOWNLOAD_LINKS").or(needs("REQUEST_DOWNLOAD_LINKS")), 200, true, 200),
                new Endpoint("POST /companies/{cid}/download-requests", t -> t.client().post(
                        "api/v1/companies/" + t.companyId() + "/download-requests", json("product", "Suite")),
                        needs("REQUEST_DOWNLOAD_LINKS"), 201, true, 403),
                new Endpoint("GET /documents", t -> t.client().get("api/v1/documents"), needs("PORTAL_ACCESS"), 200,
                        false, 200),
                new Endpoint("POST /live-sessions", t -> t.client().post("api/v1/live-sessions",
                        json("kind", "CALL_RETURN", "preferredAt", nextWeek)), needs("BOOK_LIVE_SESSIONS"), 201,
                        false, 403),
                new Endpoint("GET /live-sessions", t -> t.client().get("api/v1/live-sessions"),
                        needs("BOOK_LIVE_SESSIONS"), 200, false, 403),
                new Endpoint("GET /me/coupons", t -> t.client().get("api/v1/me/coupons"),
                        needs("BOOK_LIVE_SESSIONS"), 200, false, 403),
                new Endpoint("GET /me/profile", t -> t.client().get("api/v1/me/profile"), needs("PORTAL_ACCESS"), 200,
                        false, 200),
                new Endpoint("GET /me/orders", t -> t.client().get("api/v1/me/orders"), needs("PORTAL_ACCESS"), 200,
                        false, 403),
                new Endpoint("GET /me/download-requests", t -> t.client().get("api/v1/me/download-requests"),
                        needs("PORTAL_ACCESS"), 200, false, 403),
                new Endpoint("POST /admin/companies/{cid}/downloads", t -> t.client().post(
                        "api/v1/admin/companies/" + t.companyId() + "/downloads",
                        json("product", "Suite", "url", "https://vendor.example/suite.zip")), m -> false, 0, false, 201),
                new Endpoint("GET /admin/accounts/{aid}/export", t -> t.client().get(
                        "api/v1/admin/accounts/" + unknown + "/export"), m -> false, 0, false, 404),
                new Endpoint("POST /admin/accounts/{aid}/erasure", t -> t.client().post(
                        "api/v1/admin/accounts/" + unknown + "/erasure", "{}"), m -> false, 0, false, 404),
                new Endpoint("GET /admin/tickets", t -> t.client().get("api/v1/admin/tickets"), m -> false, 0, false,
                        200),
                new Endpoint("PATCH /admin/tickets/{id}", t -> t.client().send("PATCH",
                        "api/v1/admin/tickets/" + unknown, "application/json", "{\"status\":\"CLOSED\",\"version\":1}"),
                        m -> false, 0, false, 404),
                new Endpoint("POST /admin/companies/{cid}/licenses", t -> t.client().post(
                        "api/v1/admin/companies/" + t.companyId() + "/licenses", json("product", "Suite", "kind",
                                "COMPUTER", "quantity", 1, "expiresOn", TODAY.plusYears(1).toString())),
                        m -> false, 0, false, 201),
                new Endpoint("GET /admin/orders", t -> t.client().get("api/v1/admin/orders"), m -> false, 0, false,
                        200),
                new Endpoint("POST /admin/orders/{id}/fulfilment", t -> t.client().post(
                        "api/v1/admin/orders/" + unknown + "/fulfilment", "{}"), m -> false, 0, false, 404),
                new Endpoint("GET /admin/download-requests", t -> t.client().get("api/v1/admin/download-requests"),
                        m -> false, 0, false, 200),
                new Endpoint("POST /admin/download-requests/{id}/grant", t -> t.client().post(
                        "api/v1/admin/download-requests/" + unknown + "/grant", json("url", "https://vendor.example/x")),
                        m -> false, 0, false, 404),
                new Endpoint("POST /admin/documents", t -> t.client().post("api/v1/admin/documents",
                        json("title", "t", "product", "p", "version", "1", "url", "https://vendor.example/d")),
                        m -> false, 0, false, 201),
                new Endpoint("DELETE /admin/documents/{id}", t -> t.client().delete("api/v1/admin/documents/" + unknown),
                        m -> false, 0, false, 404),
                new Endpoint("GET /admin/live-sessions", t -> t.client().get("api/v1/admin/live-sessions"),
                        m -> false, 0, false, 200),
                new Endpoint("POST /admin/live-sessions/{id}/confirmation", t -> t.client().post(
                        "api/v1/admin/live-sessions/" + unknown + "/confirmation", "{}"), m -> false, 0, false, 404));

        List<String> mismatches = new ArrayList<>();
        for (String level : LEVELS) {
            Member member = members.member(acme, level);
            Target own = new Target(member.client(), acme, acmeTicket);
            Target other = new Target(member.client(), globex, globexTicket);
            for (Endpoint endpoint : endpoints) {
                // a ticket the member may not see is not found rather than forbidden
                int refused = endpoint.name().startsWith("GET /tickets/") || endpoint.name().startsWith("POST /tickets/")
                        ? (member.may("SEE_COMPANY_TICKETS") ? 403 : 404)
                        : 403;
                check(mismatches, level + " own", endpoint, own, endpoint.allowed().test(member) ? endpoint.success()
                        : refused);
                if (endpoint.companyInPath()) {
                    // another company's data is always not found, never forbidden
                    check(mismatches, level + " other", endpoint, other, 404);
                }
            }
        }
        for (Endpoint endpoint : endpoints) {
            check(mismatches, "AGENT", endpoint, new Target(agent, acme, acmeTicket), endpoint.agent());
        }
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String who, Endpoint endpoint, Target target, int expected) {
        Reply reply = endpoint.call().apply(target);
        if (reply.status() != expected) {
            mismatches.add(who + " " + endpoint.name() + ": expected " + expected + ", got " + reply);
        }
    }
}
