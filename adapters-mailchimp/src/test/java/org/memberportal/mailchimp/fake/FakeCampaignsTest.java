package org.memberportal.mailchimp.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's campaigns over plain HTTP, held to Mailchimp's documented rules. */
class FakeCampaignsTest {

    private static final String KEY = "fake-key-us6";
    private static final String LIST = FakeMailchimp.DEFAULT_LIST_ID;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final FakeMailchimp mailchimp = new FakeMailchimp(KEY, clock);
    private final HttpClient http = HttpClient.newHttpClient();
    private String categoryId;
    private String notices;

    @BeforeEach
    void groups() throws Exception {
        categoryId = call("POST", "/lists/" + LIST + "/interest-categories",
                Json.createObjectBuilder().add("title", "Portal mailings").add("type", "checkboxes").build()).json()
                .getString("id");
        notices = call("POST", "/lists/" + LIST + "/interest-categories/" + categoryId + "/interests",
                Json.createObjectBuilder().add("name", "Update notices").build()).json().getString("id");
    }

    @AfterEach
    void stop() {
        mailchimp.close();
    }

    @Test
    void theSegmentReachesSubscribedMembersWhoseGroupIsOnAndWhoseProductsContainTheProduct() throws Exception {
        member("on-cad@example.com", true, "|cad|erp|");
        member("off@example.com", false, "|cad|");
        member("left@example.com", true, "|cad|");
        member("bounced@example.com", true, "|cad|");
        member("on-cadpro@example.com", true, "|cadpro|");
        mailchimp.unsubscribeViaFooterLink("left@example.com");
        mailchimp.clean("bounced@example.com");

        JsonObject everyone = create("update-notice all", false);
        JsonObject licensed = create("update-notice licensed", true);

        assertThat(mailchimp.recipients(everyone.getString("id")))
                .containsExactlyInAnyOrder("on-cad@example.com", "on-cadpro@example.com");
        assertThat(mailchimp.recipients(licensed.getString("id"))).containsExactly("on-cad@example.com");
        assertThat(licensed.getJsonObject("recipients").getInt("recipient_count")).isEqualTo(1);
        assertThat(licensed.getString("status")).isEqualTo("save");
    }

    @Test
    void contentWithoutTheUnsubscribeTagIsAChecklistErrorAndSendingIsRefused() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = create("update-notice 1", false).getString("id");
        call("PUT", "/campaigns/" + id + "/content", Json.createObjectBuilder().add("html", "<p>CAD 5.1</p>").build());

        JsonObject checklist = call("GET", "/campaigns/" + id + "/send-checklist", null).json();
        Answer refused = call("POST", "/campaigns/" + id + "/actions/send", null);

        assertThat(checklist.getBoolean("is_ready")).isFalse();
        assertThat(checklist.toString()).contains("*|UNSUB|*");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("*|UNSUB|*");
        assertThat(mailchimp.sends()).isZero();
    }

    @Test
    void aCampaignIsSentOnceAndASecondSendIsRefused() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = ready("update-notice 2");

        Answer first = call("POST", "/campaigns/" + id + "/actions/send", null);
        Answer second = call("POST", "/campaigns/" + id + "/actions/send", null);

        assertThat(first.status()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(400);
        assertThat(mailchimp.sends()).isEqualTo(1);
        assertThat(call("GET", "/campaigns/" + id, null).json().getString("status")).isEqualTo("sent");
        assertThat(mailchimp.campaign(id).orElseThrow().recipients()).containsExactly("on@example.com");
    }

    @Test
    void aLostAnswerToSendStillSent() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = ready("update-notice 3");
        mailchimp.loseAnswersOf(FakeEndpoint.CAMPAIGN_SEND, 1);

        Answer lost = call("POST", "/campaigns/" + id + "/actions/send", null);

        assertThat(lost.status()).isEqualTo(503);
        assertThat(mailchimp.sends()).isEqualTo(1);
        JsonObject listed = call("GET", "/campaigns?list_id=" + LIST + "&count=1000", null).json();
        assertThat(listed.getJsonArray("campaigns").getJsonObject(0).getString("status")).isEqualTo("sent");
        assertThat(listed.getJsonArray("campaigns").getJsonObject(0).getJsonObject("settings").getString("title"))
                .isEqualTo("update-notice 3");
    }

    @Test
    void aFailureBeforeSendingSendsNothing() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = ready("update-notice 4");
        mailchimp.failNextCallsTo(FakeEndpoint.CAMPAIGN_SEND, 1);

        assertThat(call("POST", "/campaigns/" + id + "/actions/send", null).status()).isEqualTo(503);
        assertThat(mailchimp.sends()).isZero();
        assertThat(call("POST", "/campaigns/" + id + "/actions/send", null).status()).isEqualTo(204);
        assertThat(mailchimp.sends()).isEqualTo(1);
    }

    @Test
    void aScheduleIsOnAQuarterHourAndGoesOutWhenItsTimeComes() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = ready("update-notice 5");

        Answer offTheQuarter = call("POST", "/campaigns/" + id + "/actions/schedule",
                Json.createObjectBuilder().add("schedule_time", "2026-03-01T10:10:00+00:00").build());
        Answer onTheQuarter = call("POST", "/campaigns/" + id + "/actions/schedule",
                Json.createObjectBuilder().add("schedule_time", "2026-03-01T10:15:00+00:00").build());
        String before = call("GET", "/campaigns/" + id, null).json().getString("status");
        clock.advance(Duration.ofMinutes(75));
        mailchimp.recordActivity(id, 3, 1);

        assertThat(offTheQuarter.status()).isEqualTo(400);
        assertThat(onTheQuarter.status()).isEqualTo(204);
        assertThat(before).isEqualTo("schedule");
        assertThat(call("GET", "/campaigns/" + id, null).json().getString("status")).isEqualTo("sent");
        JsonObject report = call("GET", "/reports/" + id, null).json();
        assertThat(report.getInt("emails_sent")).isEqualTo(1);
        assertThat(report.getJsonObject("opens").getInt("opens_total")).isEqualTo(3);
        assertThat(report.getJsonObject("clicks").getInt("clicks_total")).isEqualTo(1);
        assertThat(mailchimp.sends()).isEqualTo(1);
    }

    @Test
    void aTestSendGoesToTheAddressesGivenAndSendsNothingElse() throws Exception {
        member("on@example.com", true, "|cad|");
        String id = ready("update-notice 6");

        Answer test = call("POST", "/campaigns/" + id + "/actions/test", Json.createObjectBuilder()
                .add("test_emails", Json.createArrayBuilder().add("agent@vendor.example")).add("send_type", "html").build());

        assertThat(test.status()).isEqualTo(204);
        assertThat(mailchimp.testSends(id)).containsExactly(List.of("agent@vendor.example"));
        assertThat(mailchimp.sends()).isZero();
        assertThat(call("GET", "/reports/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void mergeFieldsAreCreatedOnceAndTextValuesStopAt255Characters() throws Exception {
        JsonObject field = Json.createObjectBuilder().add("tag", "PRODUCTS").add("name", "Products").add("type", "text")
                .build();

        assertThat(call("POST", "/lists/" + LIST + "/merge-fields", field).status()).isEqualTo(200);
        assertThat(call("POST", "/lists/" + LIST + "/merge-fields", field).status()).isEqualTo(400);
        assertThat(mailchimp.mergeFieldTags()).contains("FNAME", "PRODUCTS");
        assertThat(member("long@example.com", true, "|" + "x".repeat(255) + "|").status()).isEqualTo(400);
    }

    // ---- helpers

    private Answer member(String email, boolean notices, String products) throws Exception {
        JsonObject body = Json.createObjectBuilder().add("email_address", email).add("status_if_new", "subscribed")
                .add("status", "subscribed")
                .add("merge_fields", Json.createObjectBuilder().add("PRODUCTS", products))
                .add("interests", Json.createObjectBuilder().add(this.notices, notices)).build();
        return call("PUT", "/lists/" + LIST + "/members/" + FakeAudience.hashOf(email), body);
    }

    private JsonObject create(String title, boolean licensed) throws Exception {
        JsonArrayBuilder conditions = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("condition_type", "Interests").add("field", "interests-" + categoryId)
                .add("op", "interestcontains").add("value", Json.createArrayBuilder().add(notices)));
        if (licensed) {
            conditions.add(Json.createObjectBuilder().add("condition_type", "TextMerge").add("field", "PRODUCTS")
                    .add("op", "contains").add("value", "|cad|"));
        }
        JsonObject body = Json.createObjectBuilder().add("type", "regular")
                .add("recipients", Json.createObjectBuilder().add("list_id", LIST)
                        .add("segment_opts", Json.createObjectBuilder().add("match", "all").add("conditions", conditions)))
                .add("settings", Json.createObjectBuilder().add("subject_line", "CAD 5.1 is out").add("title", title)
                        .add("from_name", "Vendor").add("reply_to", "support@vendor.example"))
                .build();
        Answer answer = call("POST", "/campaigns", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private String ready(String title) throws Exception {
        String id = create(title, false).getString("id");
        call("PUT", "/campaigns/" + id + "/content", Json.createObjectBuilder()
                .add("html", "<p>CAD 5.1</p><p><a href=\"*|UNSUB|*\">Unsubscribe</a></p>").build());
        return id;
    }

    private Answer call(String method, String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(mailchimp.baseUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("anyone:" + KEY).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private record Answer(int status, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
