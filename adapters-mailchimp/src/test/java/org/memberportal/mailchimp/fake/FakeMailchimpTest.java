package org.memberportal.mailchimp.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake itself, over plain HTTP: it must behave as Mailchimp does, or the adapter's tests would
 * prove the client against the wrong rules.
 */
class FakeMailchimpTest {

    private static final String KEY = "fake-key-us6";

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final FakeMailchimp mailchimp = new FakeMailchimp(KEY, clock);
    private final HttpClient http = HttpClient.newHttpClient();
    private final String members = "/lists/" + FakeMailchimp.DEFAULT_LIST_ID + "/members";

    @AfterEach
    void stop() {
        mailchimp.close();
    }

    @Test
    void answersPingWithTheKeyAndProblemsWithoutIt() throws Exception {
        assertThat(call("GET", "/ping", null, KEY).json().getString("health_status")).isEqualTo("Everything's Chimpy!");

        Answer missing = call("GET", "/ping", null, null);
        Answer wrong = call("GET", "/ping", null, "another-key-us6");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().getString("title")).isEqualTo("API Key Missing");
        assertThat(wrong.json().getString("title")).isEqualTo("API Key Invalid");
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().getString("instance")).isEqualTo(wrong.requestId()).isNotBlank();
    }

    @Test
    void listsTenMembersUnlessToldAndAtMostAThousand() throws Exception {
        batch(IntStream.range(0, 25).mapToObj(i -> member("m" + i + "@example.com", "subscribed")).toList(), true);

        JsonObject firstPage = call("GET", members, null, KEY).json();
        JsonObject lastPage = call("GET", members + "?count=20&offset=20", null, KEY).json();

        assertThat(firstPage.getJsonArray("members")).hasSize(10);
        assertThat(firstPage.getInt("total_items")).isEqualTo(25);
        assertThat(lastPage.getJsonArray("members")).hasSize(5);
        assertThat(call("GET", members + "?count=1001", null, KEY).status()).isEqualTo(400);
    }

    @Test
    void aBatchTakesAtMostFiveHundredMembers() throws Exception {
        Answer tooMany = batch(IntStream.range(0, 501).mapToObj(i -> member("m" + i + "@example.com", "subscribed"))
                .toList(), true);

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getString("title")).isEqualTo("Invalid Resource");
        assertThat(mailchimp.members()).isEmpty();
        assertThat(mailchimp.calls().memberWriteCalls()).isEqualTo(1);
        assertThat(mailchimp.calls().membersSent()).isEqualTo(501);
    }

    @Test
    void aBatchWithoutUpdateExistingRefusesMembersAlreadyThere() throws Exception {
        batch(List.of(member("jane@example.com", "subscribed")), false);

        JsonObject answer = batch(List.of(member("jane@example.com", "unsubscribed"),
                member("john@example.com", "subscribed")), false).json();

        assertThat(answer.getInt("total_created")).isEqualTo(1);
        assertThat(answer.getInt("error_count")).isEqualTo(1);
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getString("error_code")).isEqualTo("ERROR_CONTACT_EXISTS");
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void postingAMemberAlreadyThereIsMemberExists() throws Exception {
        call("POST", members, member("jane@example.com", "subscribed"), KEY);

        Answer again = call("POST", members, member("JANE@example.com", "subscribed"), KEY);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getString("title")).isEqualTo("Member Exists");
    }

    @Test
    void membersAreAddressedByTheHashOfTheLowerCasedAddress() throws Exception {
        put("Jane@Example.com", "subscribed", "subscribed");

        assertThat(call("GET", members + "/" + FakeAudience.hashOf("jane@example.com"), null, KEY).status())
                .isEqualTo(200);
        assertThat(call("GET", members + "/" + md5("Jane@Example.com"), null, KEY).status()).isEqualTo(404);
    }

    @Test
    void aPutUsesStatusIfNewForANewMemberAndStatusForOneThere() throws Exception {
        put("jane@example.com", "pending", "subscribed");
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("pending");

        put("jane@example.com", "pending", "unsubscribed");
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("unsubscribed");
    }

    @Test
    void whoLeftThroughMailchimpOrWasCleanedIsNotSubscribedByTheApiButMayConfirm() throws Exception {
        put("jane@example.com", "subscribed", "subscribed");
        put("john@example.com", "subscribed", "subscribed");
        mailchimp.unsubscribeViaFooterLink("jane@example.com");
        mailchimp.clean("john@example.com");

        Answer jane = put("jane@example.com", "subscribed", "subscribed");
        Answer john = put("john@example.com", "subscribed", "subscribed");
        Answer asked = put("jane@example.com", "pending", "pending");
        mailchimp.confirmOptIn("jane@example.com");

        assertThat(jane.status()).isEqualTo(400);
        assertThat(jane.json().getString("title")).isEqualTo("Member In Compliance State");
        assertThat(john.json().getString("title")).isEqualTo("Member In Compliance State");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void whomTheApiUnsubscribedItMaySubscribeAgain() throws Exception {
        put("jane@example.com", "subscribed", "subscribed");
        put("jane@example.com", "subscribed", "unsubscribed");

        assertThat(put("jane@example.com", "subscribed", "subscribed").status()).isEqualTo(200);
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void aForgottenAddressCannotBeAddedAgainNotEvenAsPending() throws Exception {
        put("jane@example.com", "subscribed", "subscribed");
        String jane = members + "/" + FakeAudience.hashOf("jane@example.com");
        assertThat(call("POST", jane + "/actions/delete-permanent", null, KEY).status()).isEqualTo(204);

        Answer again = put("jane@example.com", "pending", "pending");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getString("title")).isEqualTo("Forgotten Email Not Subscribed");
    }

    @Test
    void archivingLeavesPendingMembersAloneAndAPutWithAStatusBringsOneBack() throws Exception {
        put("jane@example.com", "subscribed", "subscribed");
        put("john@example.com", "pending", "pending");
        String jane = members + "/" + FakeAudience.hashOf("jane@example.com");

        assertThat(call("DELETE", jane, null, KEY).status()).isEqualTo(204);
        Answer twice = call("DELETE", jane, null, KEY);
        Answer pending = call("DELETE", members + "/" + FakeAudience.hashOf("john@example.com"), null, KEY);

        assertThat(twice.status()).isEqualTo(405);
        assertThat(twice.allow()).isEqualTo("GET, PUT");
        assertThat(pending.status()).isEqualTo(405);
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("archived");
        put("jane@example.com", "subscribed", "subscribed");
        assertThat(mailchimp.member("jane@example.com").orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void refusesAnAddressItIsToldLooksFake() throws Exception {
        mailchimp.treatAsInvalid("Fake@Example.com");

        Answer fake = put("fake@example.com", "subscribed", "subscribed");

        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().getString("title")).isEqualTo("Invalid Resource");
        assertThat(fake.json().getString("detail")).contains("looks fake or invalid");
    }

    @Test
    void unknownInterestsAreRefused() throws Exception {
        JsonObject body = Json.createObjectBuilder(member("jane@example.com", "subscribed"))
                .add("interests", Json.createObjectBuilder().add("nosuchid", true)).build();

        assertThat(call("POST", members, body, KEY).status()).isEqualTo(400);
    }

    @Test
    void answers429PastTenCallsAtOnce() throws Exception {
        mailchimp.holdCalls();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < FakeMailchimp.MAX_CONNECTIONS; i++) {
            held.add(http.sendAsync(request("GET", "/ping", null, KEY), HttpResponse.BodyHandlers.ofString()));
        }
        while (mailchimp.inFlight() < FakeMailchimp.MAX_CONNECTIONS) {
            Thread.onSpinWait();
        }

        Answer eleventh = call("GET", "/ping", null, KEY);
        mailchimp.releaseCalls();

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.json().getString("title")).isEqualTo("Too Many Requests");
        assertThat(held).allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(200));
        assertThat(mailchimp.calls().count(FakeEndpoint.PING)).isEqualTo(FakeMailchimp.MAX_CONNECTIONS);
    }

    @Test
    void holdsMemberWritesAfterTheFirstOnesUntilReleasedWhileReadsGoOn() throws Exception {
        mailchimp.holdMemberWritesAfter(1);
        assertThat(call("POST", members, member("first@example.com", "subscribed"), KEY).status()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> second = http.sendAsync(
                request("POST", members, member("second@example.com", "subscribed"), KEY),
                HttpResponse.BodyHandlers.ofString());
        while (mailchimp.inFlight() < 1) {
            Thread.onSpinWait();
        }
        Answer read = call("GET", "/ping", null, KEY);
        assertThat(mailchimp.member("second@example.com")).isEmpty();
        mailchimp.releaseCalls();

        assertThat(read.status()).isEqualTo(200);
        assertThat(second.join().statusCode()).isEqualTo(200);
        assertThat(mailchimp.member("second@example.com")).isPresent();
    }

    @Test
    void injectsThrottlingAndAProxysHtmlPageForTheNextCalls() throws Exception {
        mailchimp.throttleNext(1);
        mailchimp.failNextWithHtml503(1);

        Answer throttled = call("GET", "/ping", null, KEY);
        Answer proxy = call("GET", "/ping", null, KEY);
        Answer fine = call("GET", "/ping", null, KEY);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(proxy.status()).isEqualTo(503);
        assertThat(proxy.contentType()).startsWith("text/html");
        assertThat(fine.status()).isEqualTo(200);
        assertThat(mailchimp.calls().turnedAway()).isEqualTo(2);
    }

    @Test
    void listsTheMembersChangedAfterATimeAndOnlyRealChangesCount() throws Exception {
        put("jane@example.com", "subscribed", "subscribed");
        put("john@example.com", "subscribed", "subscribed");
        Instant lastPull = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        put("john@example.com", "subscribed", "unsubscribed");
        put("jane@example.com", "subscribed", "subscribed");

        JsonObject changed = call("GET", members + "?since_last_changed="
                + URLEncoder.encode("2026-03-01T09:00:00+00:00", StandardCharsets.UTF_8), null, KEY).json();

        assertThat(lastPull).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(changed.getInt("total_items")).isEqualTo(1);
        assertThat(changed.getJsonArray("members").getJsonObject(0).getString("email_address"))
                .isEqualTo("john@example.com");
        assertThat(changed.getJsonArray("members").getJsonObject(0).getString("last_changed"))
                .isEqualTo("2026-03-01T09:01:00+00:00");
    }

    private Answer put(String email, String statusIfNew, String status) throws Exception {
        JsonObject body = Json.createObjectBuilder().add("email_address", email).add("status_if_new", statusIfNew)
                .add("status", status).build();
        return call("PUT", members + "/" + FakeAudience.hashOf(email), body, KEY);
    }

    private Answer batch(List<JsonObject> entries, boolean updateExisting) throws Exception {
        JsonObject body = Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder(entries.stream().map(entry -> (Object) entry)
                        .collect(Collectors.toList())))
                .add("update_existing", updateExisting).build();
        return call("POST", "/lists/" + FakeMailchimp.DEFAULT_LIST_ID, body, KEY);
    }

    private static JsonObject member(String email, String status) {
        return Json.createObjectBuilder().add("email_address", email).add("status", status).build();
    }

    private Answer call(String method, String path, JsonObject body, String key) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, body, key), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("X-Request-Id").orElse(""), response.headers().firstValue("Allow").orElse(""),
                response.body());
    }

    private HttpRequest request(String method, String path, JsonObject body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mailchimp.baseUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("anyone:" + key).getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private record Answer(int status, String contentType, String requestId, String allow, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
