package org.memberportal.it.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.memberportal.it.support.Jobs;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.WithFakeMailchimp;
import org.memberportal.mailchimp.fake.FakeMember;

/**
 * The mailing preferences end to end: preferences over REST, the audience-sync job run by an agent against the
 * fake Mailchimp over HTTP, and Mailchimp's webhook. Every test makes its own company and people;
 * a sync run covers every account, so assertions look at the test's own people only.
 */
class AudienceSyncIT extends WithFakeMailchimp {

    @Test
    void aFullSyncWritesActiveMembersWithGroupsAndMergeFieldsAndTheRunIsKeptInThePortalDatabase()
            throws SQLException {
        String company = members.newCompany("Full Sync Co");
        String jane = unique("jane");
        String tom = unique("tom");
        String pat = unique("pat");
        members.active(company, "Jane Mary Doe", jane, "MANAGER_SUPERVISOR");
        members.active(company, "Tom Tech", tom, "IT_TECH_SUPPORT");
        members.open(company, "Pat Pending", pat, "BASIC");

        JsonObject run = sync();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("jobName")).isEqualTo("audience-sync");
        assertThat(run.getJsonNumber("writeCount").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(run.getString("endedAt")).isNotBlank();
        assertThat(run.getJsonObject("progress").getJsonArray("steps")).hasSize(4);
        FakeMember janeThere = mailchimp.member(jane).orElseThrow();
        assertThat(janeThere.status()).isEqualTo("subscribed");
        assertThat(janeThere.mergeFields()).containsEntry("FNAME", "Jane").containsEntry("LNAME", "Mary Doe")
                .containsEntry("COMPANY", "Full Sync Co").containsEntry("LEVEL", "MANAGER_SUPERVISOR");
        assertThat(janeThere.isOptedInto(interest("Training newsletter"))).isTrue();
        assertThat(janeThere.isOptedInto(interest("Update notices"))).isTrue();
        FakeMember tomThere = mailchimp.member(tom).orElseThrow();
        assertThat(tomThere.isOptedInto(interest("Training newsletter"))).isFalse();
        assertThat(tomThere.isOptedInto(interest("Update notices"))).isTrue();
        assertThat(mailchimp.member(pat)).as("pending activation: not sent").isEmpty();
        assertThat(agent.get("api/v1/admin/jobs/executions?jobName=audience-sync").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("id")).contains(run.getString("id"));
        assertThat(jobExecutionsInThePortalDatabase()).isPositive();
    }

    @Test
    void aSecondRunWithNoChangeMakesNoMemberWrite() {
        String company = members.newCompany("Quiet Co");
        members.active(company, "Quinn Quiet", unique("quinn"), "BASIC");
        sync();
        mailchimp.resetCalls();

        JsonObject second = sync();

        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        assertThat(mailchimp.calls().memberWriteCalls()).isZero();
    }

    @Test
    void eachCompletePullMarksWhereTheNextOneStarts() throws SQLException {
        sync();
        // the portal runs on this machine's clock; a mark from before the second run would make
        // every later pull read again all Mailchimp changed since the first
        Instant beforeSecond = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        sync();

        assertThat(pullMark()).isAfterOrEqualTo(beforeSecond);
    }

    @Test
    void optingOutOfBothIsSentAsUnsubscribedAndTheCallerIsWarned() {
        String company = members.newCompany("Opt Out Co");
        String owner = unique("olivia");
        PortalClient olivia = members.active(company, "Olivia Owner", owner, "PRIMARY_OWNER");
        sync();

        Reply answer = olivia.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, false, version(olivia)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getJsonObject("updateNotices").getBoolean("subscribed")).isFalse();
        assertThat(answer.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("code")).contains("COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT");
        sync();
        assertThat(mailchimp.member(owner).orElseThrow().status()).isEqualTo("unsubscribed");
    }

    @Test
    void anAudienceTheLevelMayNotReceiveAndAStaleVersionAreConflicts() {
        String company = members.newCompany("Conflict Co");
        PortalClient tech = members.active(company, "Terry Tech", unique("terry"), "IT_TECH_SUPPORT");
        long version = version(tech);

        Reply notEligible = tech.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(true, true, version));
        Reply changed = tech.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, false, version));
        Reply stale = tech.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, true, version));

        assertThat(notEligible.status()).isEqualTo(409);
        assertThat(notEligible.json().getString("type")).endsWith("/not-eligible");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("type")).endsWith("/stale-version");
    }

    @Test
    void aWebhookUnsubscribeTurnsThePreferencesOffAndAReOptInIsSentAsPending() {
        String company = members.newCompany("Webhook Co");
        String email = unique("wendy");
        PortalClient wendy = members.active(company, "Wendy Web", email, "BASIC");
        members.active(company, "Will Web", unique("will"), "PRIMARY_OWNER");
        sync();
        mailchimp.unsubscribeViaFooterLink(email);
        String webhook = "api/v1/webhooks/mailchimp/" + PortalEnvironment.MAILCHIMP_WEBHOOK_SECRET;

        assertThat(members.portal().get(webhook).status()).isEqualTo(200);
        assertThat(members.portal().get("api/v1/webhooks/mailchimp/wrong-secret").status()).isEqualTo(404);
        assertThat(deliver("api/v1/webhooks/mailchimp/wrong-secret", email).status()).isEqualTo(404);
        Reply delivered = deliver(webhook, email);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.json().getString("outcome")).as("confirmed in Mailchimp after the answer")
                .isEqualTo("ACCEPTED");
        assertThat(deliver(webhook, email).status()).as("delivered again: idempotent").isEqualTo(200);

        JsonObject left = awaitPreferences(wendy, p -> !p.getJsonObject("updateNotices").getBoolean("subscribed"));
        assertThat(left.getJsonObject("newsletter").getBoolean("subscribed")).isFalse();
        assertThat(left.getJsonObject("updateNotices").getBoolean("subscribed")).isFalse();
        assertThat(wendy.get("api/v1/me/preferences/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("source"))
                .containsOnlyOnce("MAILCHIMP_WEBHOOK");

        Reply back = wendy.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, true, left.getInt("version")));
        assertThat(back.json().getBoolean("confirmationPending")).isTrue();
        sync();
        assertThat(mailchimp.member(email).orElseThrow().status()).isEqualTo("pending");

        mailchimp.confirmOptIn(email);
        sync();
        assertThat(wendy.get("api/v1/me/preferences").json().getBoolean("confirmationPending")).isFalse();
        assertThat(mailchimp.member(email).orElseThrow().status()).isEqualTo("subscribed");
    }

    /**
     * Anyone who learns the webhook's URL can post to it, so an unsubscribe, a clean or a changed
     * address is applied only once Mailchimp's member confirms it. The background confirmations run
     * one at a time in the order received: once the genuine unsubscribe sent after the forged ones
     * shows, the forged ones have been handled.
     */
    @Test
    void forgedDeliveriesMailchimpDoesNotConfirmChangeNothing() {
        String company = members.newCompany("Forged Webhook Co");
        String fredEmail = unique("fred");
        String ginaEmail = unique("gina");
        PortalClient fred = members.active(company, "Fred Forged", fredEmail, "MANAGER_SUPERVISOR");
        PortalClient gina = members.active(company, "Gina Genuine", ginaEmail, "BASIC");
        sync();
        mailchimp.unsubscribeViaFooterLink(ginaEmail);
        String webhook = "api/v1/webhooks/mailchimp/" + PortalEnvironment.MAILCHIMP_WEBHOOK_SECRET;

        List<Reply> forged = List.of(deliver(webhook, fredEmail),
                deliver(webhook, "cleaned", fredEmail, "&data%5Breason%5D=hard"),
                deliver(webhook, "upemail", fredEmail, "&data%5Bold_email%5D=" + enc(fredEmail)
                        + "&data%5Bnew_email%5D=" + enc(unique("mallory"))));
        Reply genuine = deliver(webhook, ginaEmail);

        assertThat(forged).extracting(Reply::status).containsOnly(200);
        assertThat(forged).extracting(r -> r.json().getString("outcome")).containsOnly("ACCEPTED");
        assertThat(genuine.json().getString("outcome")).isEqualTo("ACCEPTED");
        awaitPreferences(gina, p -> !p.getJsonObject("updateNotices").getBoolean("subscribed"));
        JsonObject kept = fred.get("api/v1/me/preferences").json();
        assertThat(kept.getJsonObject("newsletter").getBoolean("subscribed")).isTrue();
        assertThat(kept.getJsonObject("updateNotices").getBoolean("subscribed")).isTrue();
        assertThat(kept.getBoolean("addressCleaned")).isFalse();
        assertThat(fred.get("api/v1/me/preferences/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("source"))
                .doesNotContain("MAILCHIMP_WEBHOOK");
        assertThat(fred.get("api/v1/me").json().getString("email")).isEqualTo(fredEmail);
        sync();
        assertThat(mailchimp.member(fredEmail).orElseThrow().status()).isEqualTo("subscribed");
    }

    /**
     * A forged upemail whose new address someone subscribed through Mailchimp's own form: the new
     * address alone confirms it, so it used to move the member's record to that address, where the
     * next sync wrote the member's name and choices. Mailchimp still has the member under the old
     * address, so nothing moved.
     */
    @Test
    void aForgedAddressChangeIsConfirmedByTheOldAddressTooNotOnlyTheNew() {
        String company = members.newCompany("Forged Move Co");
        String[] ivyGusMallory = {unique("ivy"), unique("gus"), unique("mallory")};
        String ivyEmail = ivyGusMallory[0];
        String gusEmail = ivyGusMallory[1];
        String malloryEmail = ivyGusMallory[2];
        PortalClient ivy = members.active(company, "Ivy Moved", ivyEmail, "MANAGER_SUPERVISOR");
        PortalClient gus = members.active(company, "Gus Genuine", gusEmail, "BASIC");
        String webhook = "api/v1/webhooks/mailchimp/" + PortalEnvironment.MAILCHIMP_WEBHOOK_SECRET;
        sync();
        mailchimp.subscribeViaSignupForm(malloryEmail);
        mailchimp.unsubscribeViaFooterLink(gusEmail);

        Reply forged = deliver(webhook, "upemail", ivyEmail, "&data%5Bold_email%5D=" + enc(ivyEmail)
                + "&data%5Bnew_email%5D=" + enc(malloryEmail));
        // confirmations are handled one at a time, in order: once Gus's shows, the forged one was handled
        Reply genuine = deliver(webhook, gusEmail);

        assertThat(forged.json().getString("outcome")).isEqualTo("ACCEPTED");
        assertThat(genuine.json().getString("outcome")).isEqualTo("ACCEPTED");
        awaitPreferences(gus, p -> !p.getJsonObject("updateNotices").getBoolean("subscribed"));
        assertThat(ivy.get("api/v1/me/preferences/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("source"))
                .doesNotContain("MAILCHIMP_WEBHOOK");
        sync();
        assertThat(mailchimp.member(malloryEmail).orElseThrow().mergeFields().values())
                .as("nothing of Ivy's written under Mallory's address").doesNotContain("Ivy");
        assertThat(mailchimp.member(ivyEmail).orElseThrow().status()).isEqualTo("subscribed");
    }

    /** Webhooks are hints that may never come (or fail to be confirmed): the sync's pull takes the change in. */
    @Test
    void anUnsubscribeWhoseWebhookNeverCameIsTakenInByTheNextSync() {
        String company = members.newCompany("Missed Webhook Co");
        String email = unique("hank");
        PortalClient hank = members.active(company, "Hank Hint", email, "BASIC");
        sync();
        mailchimp.unsubscribeViaFooterLink(email);

        sync();

        JsonObject left = hank.get("api/v1/me/preferences").json();
        assertThat(left.getJsonObject("newsletter").getBoolean("subscribed")).isFalse();
        assertThat(left.getJsonObject("updateNotices").getBoolean("subscribed")).isFalse();
        assertThat(hank.get("api/v1/me/preferences/history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("source")).contains("MAILCHIMP_PULL");
    }

    @Test
    void stormsOfThrottlingAndProxyErrorsStillEndCompletedWithTheRightState() {
        String company = members.newCompany("Storm Co");
        String email = unique("stormy");
        members.active(company, "Stormy Weather", email, "BASIC");
        mailchimp.throttleNext(4);
        mailchimp.failNextWithHtml503(4);

        JsonObject run = sync();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(mailchimp.calls().turnedAway()).isGreaterThanOrEqualTo(8);
        assertThat(mailchimp.member(email).orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void anInvalidAddressIsRecordedForAgentsAndTheOthersAreSynced() {
        String company = members.newCompany("Invalid Co");
        String good = unique("good");
        String bad = unique("bad");
        members.active(company, "Good Address", good, "BASIC");
        members.active(company, "Bad Address", bad, "BASIC");
        mailchimp.treatAsInvalid(bad);

        JsonObject run = sync();

        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(mailchimp.member(good)).isPresent();
        assertThat(mailchimp.member(bad)).isEmpty();
        assertThat(agent.get("api/v1/admin/audience-sync/errors?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("email").equalsIgnoreCase(bad))
                .singleElement()
                .satisfies(e -> assertThat(e.getString("reason")).isEqualTo("INVALID_ADDRESS"));
        mailchimp.resetCalls();
        sync();
        assertThat(mailchimp.calls().membersSent()).as("not retried until its data changes").isZero();
    }

    @Test
    void aRunStoppedInTheMiddleRestartsFromItsCheckpoint() {
        sync(); // everything else is in Mailchimp already: only the accounts below are to be sent
        String company = members.newCompany("Restart Co");
        List<String> ids = Members.seedActive(company, "restart-" + UUID.randomUUID(), 1200);
        mailchimp.resetCalls();
        mailchimp.holdMemberWritesAfter(1);

        String first = start("{\"parameters\": {\"partitions\": \"1\"}}");
        while (mailchimp.calls().memberWriteCalls() < 1 || mailchimp.inFlight() < 1) {
            Pause.pause(Duration.ofMillis(100));
        }
        assertThat(agent.post("api/v1/admin/jobs/executions/" + first + "/stop", "{}").status()).isEqualTo(202);
        mailchimp.releaseCalls();
        JsonObject stopped = awaitEnd(first);
        long writtenBeforeStop = stopped.getJsonNumber("writeCount").longValue();
        // a change behind the checkpoint: the restart reads on after it, so it does not see this one
        PortalEnvironment.database().execute("insert into mailing_preferences (account_id, newsletter,"
                + " update_notices, left_through_mailchimp, address_cleaned, changed_at, version)"
                + " values (?, false, true, false, false, current_timestamp, 1)", ids.get(0));

        Reply restart = agent.post("api/v1/admin/jobs/executions/" + first + "/restart", "{}");
        JsonObject restarted = awaitEnd(restart.json().getString("executionId"));
        long membersAfterRestart = mailchimp.calls().membersSent();
        mailchimp.resetCalls();
        sync();

        assertThat(stopped.getString("status")).isEqualTo("STOPPED");
        assertThat(writtenBeforeStop).isGreaterThanOrEqualTo(1000).isLessThan(1200);
        assertThat(restarted.getString("status")).isEqualTo("COMPLETED");
        // a restart that read from the start would also have sent the first account's change: 1201
        assertThat(membersAfterRestart).isEqualTo(1200);
        assertThat(mailchimp.calls().membersSent()).as("the change behind the checkpoint, in the next run")
                .isEqualTo(1);
        assertThat(mailchimp.members()).filteredOn(m -> m.emailAddress().endsWith("@bulk.example"))
                .filteredOn(m -> m.status().equals("subscribed")).hasSizeGreaterThanOrEqualTo(1200);
    }

    @Test
    void aRunStartedWhileAnotherHoldsTheLockEndsAtOnce() {
        mailchimp.holdCalls();
        String running = start("{}");
        while (mailchimp.inFlight() < 1) {
            Pause.pause(Duration.ofMillis(100));
        }

        JsonObject second = awaitEnd(start("{}"));
        mailchimp.releaseCalls();
        JsonObject first = awaitEnd(running);

        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        assertThat(second.getString("exitStatus")).isEqualTo("ALREADY_RUNNING");
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        assertThat(first.getString("exitStatus")).isNotEqualTo("ALREADY_RUNNING");
    }

    @Test
    void jobsAreForAgentsAndUnknownJobsAreNotFound() {
        String company = members.newCompany("Jobs Co");
        PortalClient member = members.active(company, "Mo Member", unique("mo"), "PRIMARY_OWNER");

        assertThat(agent.post("api/v1/admin/jobs/no-such-job/executions", "{}").status()).isEqualTo(404);
        assertThat(agent.get("api/v1/admin/jobs/executions/999999999").status()).isEqualTo(404);
        assertThat(member.post("api/v1/admin/jobs/audience-sync/executions", "{}").status()).isEqualTo(403);
        assertThat(member.get("api/v1/admin/audience-sync/errors").status()).isEqualTo(403);
    }

    // ---- the member's own portal: the profile's name, consent proof and erasure ------------

    @Test
    void aNameChangedOnTheProfileReachesMailchimpWithTheNextSync() {
        String company = members.newCompany("Rename Co");
        String email = unique("nora");
        PortalClient nora = members.active(company, "Nora Old", email, "BASIC");
        sync();
        assertThat(mailchimp.member(email).orElseThrow().mergeFields()).containsEntry("LNAME", "Old");

        assertThat(nora.patch("api/v1/me/profile", Json.createObjectBuilder().add("fullName", "Nora Anne New").build())
                .status()).isEqualTo(200);
        sync();

        assertThat(mailchimp.member(email).orElseThrow().mergeFields()).containsEntry("FNAME", "Nora")
                .containsEntry("LNAME", "Anne New");
    }

    @Test
    void anAgentExportsAPersonsDataWithTheirWholeConsentHistory() {
        String company = members.newCompany("Export Co");
        String email = unique("erin");
        PortalClient erin = members.active(company, "Erin Export", email, "SALES_DESIGNER");
        String id = erin.get("api/v1/me").json().getString("id");
        assertThat(erin.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, true, version(erin))).status()).isEqualTo(200);

        Reply reply = agent.get("api/v1/admin/accounts/" + id + "/export");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject export = reply.json();
        assertThat(export.getJsonObject("person").getString("email")).isEqualTo(email);
        assertThat(export.getJsonObject("person").getString("fullName")).isEqualTo("Erin Export");
        assertThat(export.getJsonObject("preferences").getBoolean("newsletter")).isFalse();
        List<JsonObject> history = export.getJsonArray("consentHistory").getValuesAs(JsonObject.class);
        assertThat(history).extracting(c -> c.getString("source") + " " + c.getBoolean("newsletter") + " "
                + c.getBoolean("updateNotices")).containsExactly("PORTAL true true", "PORTAL false true");
        assertThat(erin.get("api/v1/admin/accounts/" + id + "/export").status()).isEqualTo(403);
        assertThat(agent.get("api/v1/admin/audit-events?companyId=" + company).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("PERSONAL_DATA_EXPORTED");
    }

    @Test
    void anErasureLeavesNoTraceOfTheAddressAndTheNextSyncDeletesTheMemberFromMailchimp() throws SQLException {
        String company = members.newCompany("Erasure Co");
        String soloCompany = members.newCompany("Erasure Solo Co");
        String primaryEmail = unique("paula");
        PortalClient paula = members.active(company, "Paula Primary", primaryEmail, "PRIMARY_OWNER");
        members.active(company, "Peter Primary", unique("peter"), "PRIMARY_OWNER");
        PortalClient solo = members.active(soloCompany, "Sol Solo", unique("sol"), "PRIMARY_OWNER");
        // Jane comes the long way: asked for by a Primary, approved, activated; she writes a ticket with
        // her address in it, mistypes her password once and changes her mailings
        String jane = unique("Jane.Erased");
        Reply asked = paula.post("api/v1/companies/" + company + "/account-requests", Json.createObjectBuilder()
                .add("fullName", "Jane Erasable").add("email", jane).add("level", "BASIC").build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(agent.post("api/v1/admin/account-requests/" + asked.json().getString("id") + "/approval", "")
                .status()).isEqualTo(201);
        String token = PortalEnvironment.mailbox().await(jane, 1).token();
        assertThat(members.portal().post("api/v1/activations", Json.createObjectBuilder().add("token", token)
                .add("password", Members.PASSWORD).build()).status()).isEqualTo(204);
        PortalClient janeClient = members.portal().loggedIn(jane, Members.PASSWORD);
        String janeId = janeClient.get("api/v1/me").json().getString("id");
        assertThat(janeClient.post("api/v1/tickets", Json.createObjectBuilder().add("subject", "Call me")
                .add("description", "Please write to " + jane + " or to " + jane.toLowerCase(Locale.ROOT)).build())
                .status()).isEqualTo(201);
        assertThat(members.portal().post("api/v1/sessions", Json.createObjectBuilder().add("email", jane)
                .add("password", "not her password at all").build()).status()).isEqualTo(401);
        assertThat(janeClient.send("PUT", "api/v1/me/preferences", "application/json",
                preferences(false, true, version(janeClient))).status()).isEqualTo(200);
        sync();
        assertThat(mailchimp.member(jane)).isPresent();
        assertThat(tablesHolding(jane)).as("before the erasure").isNotEmpty();
        long consentRows = rows("consent_changes", janeId);

        Reply lastPrimary = agent.post("api/v1/admin/accounts/" + solo.get("api/v1/me").json().getString("id")
                + "/erasure", "");
        Reply erased = agent.post("api/v1/admin/accounts/" + janeId + "/erasure", "");

        assertThat(lastPrimary.status()).isEqualTo(409);
        assertThat(lastPrimary.json().getString("type")).endsWith("/last-primary");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(202);
        assertThat(tablesHolding(jane)).as("columns holding the address after the erasure").isEmpty();
        assertThat(tablesHolding("Jane Erasable")).as("columns holding the name after the erasure").isEmpty();
        assertThat(rows("consent_changes", janeId)).as("the consent history's rows stay").isEqualTo(consentRows);
        assertThat(janeClient.get("api/v1/me").status()).as("her session ended").isEqualTo(401);
        JsonObject audited = agent.get("api/v1/admin/audit-events?companyId=" + company + "&limit=200").json();
        assertThat(audited.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("PERSON_ERASED");
        assertThat(audited.toString()).doesNotContain(jane).doesNotContain("Jane Erasable");
        assertThat(agent.post("api/v1/admin/accounts/" + janeId + "/erasure", "").status())
                .as("erased again: nothing left to do").isEqualTo(202);
        assertThat(mailchimp.member(jane)).as("until the next sync").isPresent();

        sync();

        assertThat(mailchimp.member(jane)).isEmpty();
        assertThat(tablesHolding(jane)).isEmpty();
    }

    /** Every text column of the portal's database holding the text (in any case), as "table.column". */
    private static List<String> tablesHolding(String text) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Connection connection = PortalEnvironment.database().connect()) {
            String schema = connection.getSchema();
            String quote = connection.getMetaData().getIdentifierQuoteString();
            List<String[]> columns = new java.util.ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == java.sql.Types.VARCHAR || type == java.sql.Types.CHAR
                            || type == java.sql.Types.LONGVARCHAR || type == java.sql.Types.CLOB
                            || type == java.sql.Types.NVARCHAR || type == java.sql.Types.NCHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("the text columns of schema " + schema).isNotEmpty();
            for (String[] column : columns) {
                String sql = "select count(*) from " + quote + column[0] + quote + " where lower(" + quote + column[1]
                        + quote + ") like ?";
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long rows(String table, String accountId) throws SQLException {
        try (Connection connection = PortalEnvironment.database().connect();
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from " + table + " where account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static Instant pullMark() throws SQLException {
        try (Connection connection = PortalEnvironment.database().connect();
                Statement statement = connection.createStatement();
                ResultSet mark = statement.executeQuery(
                        "select mark_at from sync_marks where name = 'audience-sync.pull'")) {
            assertThat(mark.next()).as("a pull mark").isTrue();
            // stored as UTC, as the portal stores every instant, whatever this JVM's time zone
            return mark.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * A run that did the work: one started while another run held the lock (another class's, or a
     * run the fuzzer started) ends at once, ALREADY_RUNNING, and is started again.
     */
    private JsonObject sync() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject run = awaitEnd(start("{}"));
        while ("ALREADY_RUNNING".equals(run.getString("exitStatus", "")) && Instant.now().isBefore(deadline)) {
            Pause.pause(Duration.ofMillis(200));
            run = awaitEnd(start("{}"));
        }
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getString("exitStatus", "")).as(run.toString()).isNotEqualTo("ALREADY_RUNNING");
        return run;
    }

    private String start(String body) {
        return Jobs.start(agent, "audience-sync", body);
    }

    private JsonObject awaitEnd(String executionId) {
        return Jobs.awaitEnd(agent, executionId, Duration.ofMinutes(3));
    }

    /** Polls until the webhook's background confirmation shows in the preferences; a bound, not a timed assertion. */
    private static JsonObject awaitPreferences(PortalClient member, java.util.function.Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject preferences = member.get("api/v1/me/preferences").json();
            if (done.test(preferences)) {
                return preferences;
            }
            Pause.pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("the webhook's change did not reach the preferences");
    }

    private Reply deliver(String path, String email) {
        return deliver(path, "unsubscribe", email, "&data%5Baction%5D=unsub&data%5Breason%5D=manual");
    }

    /** One of Mailchimp's form-encoded deliveries; {@code more} adds the type's own fields. */
    private Reply deliver(String path, String type, String email, String more) {
        String form = "type=" + type + "&fired_at=" + enc(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
                + "&data%5Bemail%5D=" + enc(email) + "&data%5Blist_id%5D=" + mailchimp.listId() + more;
        return members.portal().send("POST", path, "application/x-www-form-urlencoded", form);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long version(PortalClient member) {
        return member.get("api/v1/me/preferences").json().getJsonNumber("version").longValue();
    }

    private static String preferences(boolean newsletter, boolean updateNotices, long version) {
        return Json.createObjectBuilder().add("newsletter", newsletter).add("updateNotices", updateNotices)
                .add("version", version).build().toString();
    }

    private String interest(String name) {
        return mailchimp.interestId(name).orElseThrow();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    /** The batch runtime's job repository is the portal's database: the executions are there. */
    private static long jobExecutionsInThePortalDatabase() throws SQLException {
        try (Connection connection = PortalEnvironment.database().connect();
                Statement statement = connection.createStatement()) {
            String table = null;
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
                while (tables.next()) {
                    // Payara names them JBATCHJOBINSTANCEDATA and so on
                    if (tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT).endsWith("EXECUTIONINSTANCEDATA")
                            && !tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT).contains("STEP")) {
                        table = tables.getString("TABLE_NAME");
                    }
                }
            }
            assertThat(table).as("the batch runtime's executions table in the portal database").isNotNull();
            try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
