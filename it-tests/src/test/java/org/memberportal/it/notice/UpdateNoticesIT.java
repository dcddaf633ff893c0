package org.memberportal.it.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.it.support.ConsoleBrowser;
import org.memberportal.it.support.Jobs;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.PageBrowser;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.WithFakeMailchimp;
import org.memberportal.mailchimp.fake.FakeCampaign;
import org.memberportal.mailchimp.fake.FakeEndpoint;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Update notices end to end against the fake Mailchimp: an agent's notice goes out as one campaign,
 * segmented so that only the people who want update notices get it; the reach names the licensed
 * companies it misses; a retry or a second click never makes a second campaign nor a second send.
 * The audience is shared by every IT of the JVM: the oracles look at this test's people only, and
 * LICENSED notices name a product of their own.
 */
class UpdateNoticesIT extends WithFakeMailchimp {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @AfterEach
    void clearFaults() {
        mailchimp.failNextCallsTo(FakeEndpoint.CAMPAIGN_SEND, 0);
        mailchimp.loseAnswersOf(FakeEndpoint.CAMPAIGN_SEND, 0);
    }

    @Test
    void theCampaignReachesExactlyThePeopleWhoseUpdateNoticesAreOn() {
        String company = members.newCompany("Notice Reach Co");
        String jane = Members.address("jane");
        String olaf = Members.address("olaf");
        String ulla = Members.address("ulla");
        String bea = Members.address("bea");
        members.active(company, "Jane Wants", jane, "PRIMARY_OWNER");
        PortalClient optedOut = members.active(company, "Olaf Out", olaf, "MANAGER_SUPERVISOR");
        members.active(company, "Ulla Unsub", ulla, "BASIC");
        members.active(company, "Bea Bounce", bea, "SALES_DESIGNER");
        assertThat(optedOut.send("PUT", "api/v1/me/preferences", "application/json", Json.createObjectBuilder()
                .add("newsletter", true).add("updateNotices", false).add("version", version(optedOut)).build()
                .toString()).status()).isEqualTo(200);
        sync();
        mailchimp.unsubscribeViaFooterLink(ulla);
        mailchimp.clean(bea);

        JsonObject notice = write("Suite", "ALL");
        expect(202, agent.post("api/v1/admin/update-notices/" + notice.getString("id") + "/sending", "{}"));
        JsonObject sent = awaitSettled(notice.getString("id"));

        assertThat(sent.getString("status")).as(sent.toString()).isEqualTo("SENT");
        FakeCampaign campaign = mailchimp.campaign(sent.getString("campaignId")).orElseThrow();
        assertThat(campaign.recipients()).contains(jane).doesNotContain(olaf, ulla, bea);
        assertThat(campaign.html()).contains("*|UNSUB|*");
        assertThat(campaign.plainText()).contains("*|UNSUB|*");
        assertThat(campaign.title()).isEqualTo("update-notice " + notice.getString("id"));
    }

    @Test
    void aLicensedNoticeReachesOnlyThePeopleOfCompaniesHoldingTheProduct() {
        String product = uniqueProduct();
        String licensed = licensedCompany("Licensed Co", product);
        String other = licensedCompany("Other Product Co", product + "Pro");
        String lena = Members.address("lena");
        String otto = Members.address("otto");
        members.active(licensed, "Lena Licensed", lena, "PRIMARY_OWNER");
        members.active(other, "Otto Other", otto, "PRIMARY_OWNER");
        sync();

        JsonObject notice = write(product, "LICENSED");
        expect(202, agent.post("api/v1/admin/update-notices/" + notice.getString("id") + "/sending", "{}"));
        JsonObject sent = awaitSettled(notice.getString("id"));

        assertThat(sent.getString("status")).as(sent.toString()).isEqualTo("SENT");
        assertThat(mailchimp.member(lena).orElseThrow().mergeFields().get("PRODUCTS"))
                .contains("|" + product.toLowerCase(java.util.Locale.ROOT) + "|");
        assertThat(mailchimp.recipients(sent.getString("campaignId"))).containsExactly(lena);
        assertThat(mailchimp.mergeFieldTags()).contains("PRODUCTS");
    }

    @Test
    void theReachNamesTheLicensedCompaniesItReachesNobodyInAndWhy() {
        String product = uniqueProduct();
        String reached = members.newCompany("Reached Co");
        String unsubscribed = members.newCompany("Nobody Subscribed Co");
        String empty = members.newCompany("Nobody Active Co");
        String unlicensed = members.newCompany("Unlicensed Co");
        for (String company : List.of(reached, unsubscribed, empty)) {
            license(company, product);
        }
        members.active(reached, "Rita Reached", Members.address("rita"), "PRIMARY_OWNER");
        PortalClient out = members.active(unsubscribed, "Ned Nobody", Members.address("ned"), "BASIC");
        assertThat(out.send("PUT", "api/v1/me/preferences", "application/json", Json.createObjectBuilder()
                .add("newsletter", true).add("updateNotices", false).add("version", version(out)).build()
                .toString()).status()).isEqualTo(200);
        members.active(unlicensed, "Uma Unlicensed", Members.address("uma"), "PRIMARY_OWNER");

        JsonObject notice = write(product, "LICENSED");
        JsonObject reach = expect(200, agent.get("api/v1/admin/update-notices/" + notice.getString("id") + "/reach"))
                .json();

        assertThat(reach.getJsonNumber("recipients").longValue()).isEqualTo(1);
        assertThat(reach.getInt("companiesReached")).isEqualTo(1);
        assertThat(reach.getJsonArray("companiesNotReached").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("companyId") + " " + c.getString("companyName") + ": " + c.getString("reason"))
                .containsExactlyInAnyOrder(unsubscribed + " Nobody Subscribed Co: nobody subscribed",
                        empty + " Nobody Active Co: nobody active");
    }

    @Test
    void twoClicksAndALostAnswerToSendGiveOneCampaignSentOnce() {
        String company = members.newCompany("Once Co");
        members.active(company, "Otto Once", Members.address("otto"), "PRIMARY_OWNER");
        sync();
        JsonObject notice = write("Suite", "ALL");
        String id = notice.getString("id");
        mailchimp.loseAnswersOf(FakeEndpoint.CAMPAIGN_SEND, 1);

        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(
                () -> agent.post("api/v1/admin/update-notices/" + id + "/sending", "{}"));
        CompletableFuture<Reply> second = CompletableFuture.supplyAsync(
                () -> agent.post("api/v1/admin/update-notices/" + id + "/sending", "{}"));
        List<Integer> statuses = List.of(first.join().status(), second.join().status());
        JsonObject sent = awaitSettled(id);
        Reply third = agent.post("api/v1/admin/update-notices/" + id + "/sending", "{}");

        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        assertThat(sent.getString("status")).as(sent.toString()).isEqualTo("SENT");
        assertThat(sent.containsKey("problem") && !sent.isNull("problem")).isFalse();
        assertThat(mailchimp.campaignsTitled("update-notice " + id)).hasSize(1)
                .allSatisfy(campaign -> assertThat(campaign.isSent()).isTrue());
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().getString("type")).endsWith("/already-sent");
    }

    @Test
    void aScheduleOffTheQuarterHourIsRefusedAndADraftIsEditedUntilSent() {
        JsonObject notice = write("Suite", "ALL");
        String id = notice.getString("id");

        Reply offTheQuarter = agent.post("api/v1/admin/update-notices/" + id + "/sending",
                Json.createObjectBuilder().add("at", "2099-03-01T10:10:00Z").build());
        Reply edited = agent.patch("api/v1/admin/update-notices/" + id, Json.createObjectBuilder()
                .add("subject", "Suite 5.2 is out").add("productVersion", "5.2")
                .add("version", notice.getJsonNumber("revision").longValue()).build());
        Reply stale = agent.patch("api/v1/admin/update-notices/" + id, Json.createObjectBuilder()
                .add("subject", "again").add("version", notice.getJsonNumber("revision").longValue()).build());

        assertThat(offTheQuarter.status()).isEqualTo(400);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("subject")).isEqualTo("Suite 5.2 is out");
        assertThat(edited.json().getString("version")).isEqualTo("5.2");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("type")).endsWith("/stale-version");
    }

    @Test
    void inTheConsoleAnAgentWritesANoticeSeesItsReachSendsATestAndSendsIt() {
        String product = uniqueProduct();
        String rhea = Members.address("rhea");
        String tess = Members.address("tess");
        members.active(licensedCompany("Console Reached Co", product), "Rhea Reader", rhea, "PRIMARY_OWNER");
        licensedCompany("Console Nobody Co", product);
        sync();

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.navigate("Update notices");
            console.click("button", "New update notice");
            List.of(List.of("Product", product), List.of("Version", "7.1"), List.of("Subject", product + " 7.1 is out"),
                    List.of("Text", "**" + product + " 7.1** is faster.\n\n<script>alert(1)</script>"))
                    .forEach(box -> console.type("textbox", box.get(0), box.get(1)));
            new Select(console.find("combobox", "Audience")).selectByValue("LICENSED");
            WebElement preview = console.find("region", "Preview");
            console.waitUntil("the preview of the text", () -> !preview.findElements(By.tagName("strong")).isEmpty());
            assertThat(preview.getText()).contains(product + " 7.1 is faster").doesNotContain("alert");
            console.click("button", "Save notice");
            assertThat(console.status()).contains("saved");
            console.type("textbox", "Subject", product + " 7.1 is out: faster");
            console.click("button", "Save notice");
            console.find("heading", product + " 7.1 is out: faster");

            // the rules' reach: Rhea's company, and the licensed one with nobody active
            WebElement reach = console.find("region", "Reach");
            console.waitUntil("the reach counted", () -> reach.getText().contains("It reaches"));
            assertThat(reach.getText()).contains("It reaches 1 person in 1 company")
                    .contains("Console Nobody Co").contains("nobody active").doesNotContain("Console Reached Co");
            assertThat(console.accessibilityViolations()).as("axe-core on a draft notice").isEmpty();
            console.size(PageBrowser.PHONE);
            assertThat(console.overflowsSideways()).as("a draft notice on a 375-px phone").isFalse();
            console.size(PageBrowser.LAPTOP);
            console.screenshotAtBothWidths("console-update-notice-draft");
            String id = console.driver().getCurrentUrl().replaceAll(".*#/update-notices/", "");

            console.type("textbox", "Test addresses", tess);
            console.click("button", "Send test");
            assertThat(console.status()).contains("Mailchimp sends the test to " + tess);
            JsonObject tested = expect(200, agent.get("api/v1/admin/update-notices/" + id)).json();
            assertThat(tested.getString("subject")).as("the draft as edited").isEqualTo(product + " 7.1 is out: faster");
            String campaignId = tested.getString("campaignId");
            assertThat(mailchimp.testSends(campaignId)).containsExactly(List.of(tess));

            console.click("button", "Send now");
            // the page is drawn again as the notice moves on: the report's region is looked for afresh each time
            console.waitUntil("the report read",
                    () -> console.find("region", "Mailchimp's report").getText().contains("E-mails sent"));
            String report = console.find("region", "Mailchimp's report").getText();
            assertThat(mailchimp.campaign(campaignId).orElseThrow().isSent()).isTrue();
            assertThat(mailchimp.recipients(campaignId)).containsExactly(rhea);
            assertThat(report).containsPattern("E-mails sent\\s+1\\b").containsPattern("Opens\\s+0")
                    .containsPattern("Clicks\\s+0");
            assertThat(console.text("main")).contains("Status: Sent");
            assertThat(console.accessibilityViolations()).as("axe-core on a sent notice").isEmpty();
            console.size(PageBrowser.PHONE);
            assertThat(console.overflowsSideways()).as("a sent notice on a 375-px phone").isFalse();
            console.size(PageBrowser.LAPTOP);
            console.screenshotAtBothWidths("console-update-notice-sent");
        }
    }

    @Test
    void aFailedNoticeShowsMailchimpsWordsAndIsScheduledAgainOnItsOwnCampaign() {
        String product = uniqueProduct();
        JsonObject notice = write(product, "LICENSED");
        String id = notice.getString("id");
        String subject = notice.getString("subject");

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.navigate("Update notices");
            console.click(console.within(console.row(subject), "link", subject));
            // nobody's company holds the product: Mailchimp's checklist finds nobody to send to
            console.click("button", "Send now");
            console.find("heading", "Send again");
            assertThat(console.text("main")).contains("Status: Failed").contains("no subscribed contacts");
            assertThat(console.accessibilityViolations()).as("axe-core on a failed notice").isEmpty();
            console.size(PageBrowser.PHONE);
            assertThat(console.overflowsSideways()).as("a failed notice on a 375-px phone").isFalse();
            console.size(PageBrowser.LAPTOP);
            console.screenshotAtBothWidths("console-update-notice-failed");

            members.active(licensedCompany("Console Again Co", product), "Lena Later", Members.address("lena"),
                    "PRIMARY_OWNER");
            sync();
            // the browser runs in this JVM's time zone: the agent types a local time
            ZonedDateTime at = ZonedDateTime.now().plusHours(1).truncatedTo(ChronoUnit.HOURS).plusMinutes(15);
            console.type("textbox", "Send at", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            console.click("button", "Schedule");
            console.waitUntil("the notice scheduled", () -> console.text("main").contains("Status: Scheduled"));
            List<FakeCampaign> campaigns = mailchimp.campaignsTitled("update-notice " + id);
            assertThat(campaigns).as("the failed notice's own campaign, resumed").hasSize(1);
            assertThat(campaigns.get(0).isSent()).isFalse();
            assertThat(campaigns.get(0).scheduleTime()).isEqualTo(at.toInstant());
        }
    }

    // ---- helpers

    private JsonObject write(String product, String audience) {
        return expect(201, agent.post("api/v1/admin/update-notices", Json.createObjectBuilder()
                .add("product", product).add("version", "5.1").add("subject", product + " 5.1 is out")
                .add("bodyMarkdown", "**" + product + " 5.1** is faster.\n\n- one\n- two")
                .add("audience", audience).build())).json();
    }

    private JsonObject awaitSettled(String id) {
        Instant deadline = Instant.now().plus(WITHIN);
        while (true) {
            JsonObject notice = expect(200, agent.get("api/v1/admin/update-notices/" + id)).json();
            String status = notice.getString("status");
            if (status.equals("SENT") || status.equals("FAILED") || status.equals("SCHEDULED")
                    || Instant.now().isAfter(deadline)) {
                return notice;
            }
            Pause.pause(Duration.ofMillis(200));
        }
    }

    private static String uniqueProduct() {
        return "Product " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new company holding a license for the product. */
    private String licensedCompany(String name, String product) {
        String company = members.newCompany(name);
        license(company, product);
        return company;
    }

    private void license(String company, String product) {
        expect(201, agent.post("api/v1/admin/companies/" + company + "/licenses", Json.createObjectBuilder()
                .add("product", product).add("kind", "COMPUTER").add("quantity", 1)
                .add("expiresOn", java.time.LocalDate.now().plusYears(1).toString()).build()));
    }

    private void sync() {
        JsonObject run = Jobs.run(agent, "audience-sync", Duration.ofSeconds(60));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    }

    private static long version(PortalClient member) {
        return member.get("api/v1/me/preferences").json().getJsonNumber("version").longValue();
    }

    private static Reply expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }
}
