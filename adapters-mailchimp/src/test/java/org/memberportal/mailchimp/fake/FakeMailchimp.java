package org.memberportal.mailchimp.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

/**
 * A fake Mailchimp Marketing API v3: a real HTTP server on 127.0.0.1 that follows Mailchimp's documented behaviour,
 * for the adapter's tests, it-tests and benchmarks. It checks Basic authentication, keeps one
 * audience with its groups and members, applies Mailchimp's status rules, caps batches at 500
 * and connections at 10, answers errors as problem+json with the request id, and counts calls.
 * Switches inject what a sync must survive: 429 storms, HTML 503s from an edge proxy, latency,
 * addresses Mailchimp finds fake.
 *
 * <p>Hand-written on the JDK's HttpServer: a stub library (WireMock and the like) replays canned
 * answers, while the tests need Mailchimp's state and rules; and a server with no dependency but
 * JSON-P can be started from any module's tests or from a benchmark's main class.
 *
 * <pre>{@code
 * try (FakeMailchimp mailchimp = new FakeMailchimp("any-key-us6")) {
 *     // MAILCHIMP_API_KEY=mailchimp.apiKey(), MAILCHIMP_LIST_ID=mailchimp.listId(),
 *     // MAILCHIMP_BASE_URL=mailchimp.baseUri(); then run the sync, and look:
 *     mailchimp.member("jane@example.com");
 *     mailchimp.calls().memberWriteCalls();
 * }
 * }</pre>
 */
public final class FakeMailchimp implements AutoCloseable {

    public static final String DEFAULT_LIST_ID = "portal0001";
    /** Mailchimp's limit of simultaneous connections per API key. */
    public static final int MAX_CONNECTIONS = 10;
    private static final int THREADS = 64;
    private static final String BASE_PATH = "/3.0";
    /** Made once: {@code Json.createReader} looks the provider up through the ServiceLoader at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, FakeAudience> audiences = new ConcurrentHashMap<>();
    private final FakeApi api;
    private final FakeCampaigns campaigns;
    private final Map<FakeEndpoint, AtomicInteger> failBefore = new ConcurrentHashMap<>();
    private final Map<FakeEndpoint, AtomicInteger> failAfter = new ConcurrentHashMap<>();
    private final CallCounts counts = new CallCounts();
    private final Set<String> fakeLooking = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicLong busySince = new AtomicLong();
    private final LongAdder busyNanos = new LongAdder();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger proxyErrorNext = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile CountDownLatch gate;
    private final AtomicInteger callsToPass = new AtomicInteger();
    private volatile Set<FakeEndpoint> gatedEndpoints = Set.of();
    private volatile CountDownLatch endpointGate;
    private final AtomicInteger heldAtEndpoints = new AtomicInteger();

    /** Starts a fake with one empty audience, {@link #DEFAULT_LIST_ID}, on a free port. */
    public FakeMailchimp(String apiKey) {
        this(apiKey, Clock.systemUTC());
    }

    /** As above, with the clock that stamps members' {@code last_changed}. */
    public FakeMailchimp(String apiKey, Clock clock) {
        this.apiKey = apiKey;
        audiences.put(DEFAULT_LIST_ID, new FakeAudience(DEFAULT_LIST_ID, "Portal members", clock, this::looksFake));
        this.campaigns = new FakeCampaigns(clock, audiences::get);
        this.api = new FakeApi(audiences::get, audiences.values(), campaigns);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new IllegalStateException("the fake Mailchimp could not open a port", e);
        }
        threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fake-mailchimp");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::exchange);
        server.start();
    }

    // ---- where it is

    /** The API's base, as {@code MAILCHIMP_BASE_URL} takes it: {@code http://127.0.0.1:<port>/3.0}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
    }

    public String apiKey() {
        return apiKey;
    }

    public String listId() {
        return DEFAULT_LIST_ID;
    }

    // ---- what is in it

    public Optional<FakeMember> member(String email) {
        return audience().member(FakeAudience.hashOf(email));
    }

    public List<FakeMember> members() {
        return audience().members();
    }

    /** The id of the interest with this name, in any category. */
    public Optional<String> interestId(String name) {
        FakeAudience audience = audience();
        return audience.categories().stream()
                .flatMap(category -> audience.interests(category.id()).entrySet().stream())
                .filter(interest -> interest.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public List<String> categoryTitles() {
        return audience().categories().stream().map(FakeAudience.Category::title).toList();
    }

    /** The merge fields' tags the audience has, FNAME and LNAME among them. */
    public List<String> mergeFieldTags() {
        return audience().mergeFields().stream().map(FakeAudience.MergeField::tag).toList();
    }

    // ---- campaigns

    /** Every campaign made, oldest first. */
    public List<FakeCampaign> campaigns() {
        return campaigns.all();
    }

    public Optional<FakeCampaign> campaign(String id) {
        return campaigns.find(id);
    }

    /** The campaigns whose internal title is this one. */
    public List<FakeCampaign> campaignsTitled(String title) {
        return campaigns.all().stream().filter(campaign -> campaign.title().equals(title)).toList();
    }

    /**
     * The addresses a campaign's segment reaches now (subscribed members it matches), or, once it
     * was sent, the addresses it went to: a test counts who would get a notice.
     */
    public List<String> recipients(String campaignId) {
        return campaigns.recipients(campaignId);
    }

    /** Sends Mailchimp accepted (a refused second send is none), scheduled ones that went out included. */
    public int sends() {
        return campaigns.sends();
    }

    /** The addresses each test send went to, in order. */
    public List<List<String>> testSends(String campaignId) {
        return campaigns.testSends().stream().filter(send -> send.campaignId().equals(campaignId))
                .map(send -> send.emails()).toList();
    }

    /** Every scheduled campaign goes out now, as if its time had come. */
    public void deliverScheduledNow() {
        campaigns.deliverScheduledNow();
    }

    /** How long a campaign stays {@code sending} before it is {@code sent}; zero unless said. */
    public void sendingTakes(Duration duration) {
        campaigns.sendingTakes(duration);
    }

    /** Recipients open and click a sent campaign; the report counts them. */
    public void recordActivity(String campaignId, int opens, int clicks) {
        campaigns.recordActivity(campaignId, opens, clicks);
    }

    // ---- what people and Mailchimp do outside the API

    /** The person clicks "unsubscribe" in a campaign's footer: out of the whole audience, by choice. */
    public void unsubscribeViaFooterLink(String email) {
        audience().unsubscribeViaFooterLink(email);
    }

    /** Someone subscribes this address themselves, through the audience's hosted sign-up form. */
    public void subscribeViaSignupForm(String email) {
        audience().subscribeViaSignupForm(email);
    }

    /** The address bounced: Mailchimp sends nothing to it any more. */
    public void clean(String email) {
        audience().clean(email);
    }

    /** The person confirms a double opt-in: a pending member becomes subscribed. */
    public void confirmOptIn(String email) {
        audience().confirmOptIn(email);
    }

    // ---- switches

    /** The next {@code calls} requests are answered 429 Too Many Requests. */
    public void throttleNext(int calls) {
        throttleNext.set(calls);
    }

    /** The next {@code calls} requests are answered 503 with an edge proxy's HTML page. */
    public void failNextWithHtml503(int calls) {
        proxyErrorNext.set(calls);
    }

    /**
     * The next {@code calls} requests to this endpoint are answered 503 with an edge proxy's HTML
     * page before Mailchimp does anything: a retry is safe.
     */
    public void failNextCallsTo(FakeEndpoint endpoint, int calls) {
        failBefore.computeIfAbsent(endpoint, key -> new AtomicInteger()).set(calls);
    }

    /**
     * The next {@code calls} requests to this endpoint are done, and then answered 503 as if the
     * answer was lost on the way back: the client cannot tell whether it happened.
     */
    public void loseAnswersOf(FakeEndpoint endpoint, int calls) {
        failAfter.computeIfAbsent(endpoint, key -> new AtomicInteger()).set(calls);
    }

    /** Every call takes this long, inside the connection limit (so slow calls fill it). */
    public void latency(Duration perCall) {
        latency = perCall;
    }

    /**
     * Calls that get past the connection limit wait until {@link #releaseCalls()}: a test can
     * fill the connections, or stop a sync in the middle, without relying on timing.
     */
    public void holdCalls() {
        gate = new CountDownLatch(1);
    }

    public void releaseCalls() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
        CountDownLatch heldAtEndpoints = endpointGate;
        endpointGate = null;
        if (heldAtEndpoints != null) {
            heldAtEndpoints.countDown();
        }
    }

    /**
     * The first {@code passing} member writes (batch subscribes, PUTs, POSTs) go through; later ones
     * wait until {@link #releaseCalls()}: a test can stop a sync after its first chunks without
     * relying on timing.
     */
    public void holdMemberWritesAfter(int passing) {
        holdCallsAfter(EnumSet.copyOf(Stream.of(FakeEndpoint.values()).filter(FakeEndpoint::writesMembers).toList()),
                passing);
    }

    /**
     * The first {@code passing} calls to these endpoints go through; later ones wait until
     * {@link #releaseCalls()}: a test can stop a sync at a chosen step and call.
     */
    public void holdCallsAfter(Set<FakeEndpoint> endpoints, int passing) {
        callsToPass.set(passing);
        gatedEndpoints = Set.copyOf(endpoints);
        endpointGate = new CountDownLatch(1);
    }

    /** Mailchimp will find this address fake or invalid when it is added. */
    public void treatAsInvalid(String email) {
        fakeLooking.add(email.strip().toLowerCase(Locale.ROOT));
    }

    // ---- what it was asked

    public CallCounts calls() {
        return counts;
    }

    public void resetCalls() {
        counts.reset();
        mostInFlight.set(0);
        busyNanos.reset();
    }

    /**
     * How long at least one call was in the fake since the last {@link #resetCalls()}, its
     * latency included: what the fake itself adds to a client's wall time, at most.
     */
    public Duration busy() {
        return Duration.ofNanos(busyNanos.sum());
    }

    /** The calls waiting now behind {@link #holdCallsAfter} or {@link #holdMemberWritesAfter}. */
    public int heldAtEndpoints() {
        return heldAtEndpoints.get();
    }

    /** The requests it is working on now (held ones included). */
    public int inFlight() {
        return inFlight.get();
    }

    /** The most requests it was working on at one moment. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    @Override
    public void close() {
        releaseCalls();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the HTTP side

    private void exchange(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        FakeResponse response;
        int working = inFlight.incrementAndGet();
        if (working == 1) {
            busySince.set(System.nanoTime());
        }
        try {
            mostInFlight.accumulateAndGet(working, Math::max);
            response = answer(exchange, requestId, working);
        } catch (MailchimpError error) {
            response = error.toResponse(requestId);
        } catch (RuntimeException unexpected) {
            response = MailchimpError.of(500, "Internal Server Error", "An unexpected internal error has occurred: "
                    + unexpected).toResponse(requestId);
        } finally {
            // the call is over once its answer is decided: a client sending its next call right
            // after reading this answer is not counted twice
            if (inFlight.decrementAndGet() == 0) {
                busyNanos.add(System.nanoTime() - busySince.get());
            }
        }
        send(exchange, requestId, response);
    }

    private FakeResponse answer(HttpExchange exchange, String requestId, int working) throws IOException {
        if (working > MAX_CONNECTIONS) {
            counts.turnAway();
            throw MailchimpError.of(429, "Too Many Requests",
                    "You have exceeded the limit of " + MAX_CONNECTIONS + " simultaneous connections.");
        }
        if (takeOne(throttleNext)) {
            counts.turnAway();
            throw MailchimpError.of(429, "Too Many Requests", "You have exceeded the limit of requests.");
        }
        if (takeOne(proxyErrorNext)) {
            counts.turnAway();
            return proxyError();
        }
        pause();
        authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        FakeRequest request = route(exchange);
        if (takeOne(failBefore.getOrDefault(request.endpoint(), new AtomicInteger()))) {
            counts.turnAway();
            return proxyError();
        }
        holdIfGated(request.endpoint());
        try {
            FakeResponse answer = api.handle(request);
            return takeOne(failAfter.getOrDefault(request.endpoint(), new AtomicInteger())) ? proxyError() : answer;
        } finally {
            // refused or not, the call reached the endpoint: it counts
            counts.answered(request.endpoint(), FakeApi.membersIn(request));
        }
    }

    private void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            counts.turnAway();
            throw MailchimpError.of(401, "API Key Missing", "Your request did not include an API key.");
        }
        String password;
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            password = credentials.substring(credentials.indexOf(':') + 1);
        } catch (IllegalArgumentException e) {
            password = "";
        }
        if (!password.equals(apiKey)) {
            counts.turnAway();
            throw MailchimpError.of(401, "API Key Invalid",
                    "Your API key may be invalid, or you've attempted to access the wrong datacenter.");
        }
    }

    private FakeRequest route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (!path.startsWith(BASE_PATH + "/")) {
            throw MailchimpError.notFound();
        }
        String apiPath = stripTrailingSlash(path.substring(BASE_PATH.length()));
        boolean pathKnown = false;
        for (FakeEndpoint endpoint : FakeEndpoint.values()) {
            Optional<List<String>> parameters = endpoint.match(apiPath);
            if (parameters.isPresent()) {
                pathKnown = true;
                if (endpoint.method().equals(exchange.getRequestMethod())) {
                    return new FakeRequest(endpoint, parameters.get().stream().map(FakeMailchimp::decode).toList(),
                            query(exchange.getRequestURI().getRawQuery()), body(exchange));
                }
            }
        }
        if (pathKnown) {
            throw MailchimpError.of(405, "Method Not Allowed",
                    "The requested method and resource are not compatible.");
        }
        throw MailchimpError.notFound();
    }

    private static JsonObject body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return null;
            }
            try (JsonReader reader = READERS.createReader(new StringReader(text))) {
                return reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw MailchimpError.of(400, "JSON Parse Error", "We encountered an unspecified JSON parsing error.");
            }
        }
    }

    /** Decoded as a PHP or Java servlet back end decodes a query: '+' is a space. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static void send(HttpExchange exchange, String requestId, FakeResponse response) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            response.headers().forEach(exchange.getResponseHeaders()::set);
            boolean empty = response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private static FakeResponse proxyError() {
        return FakeResponse.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>");
    }

    private void pause() {
        try {
            CountDownLatch held = gate;
            if (held != null) {
                held.await();
            }
            Duration wait = latency;
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void holdIfGated(FakeEndpoint endpoint) {
        CountDownLatch held = endpointGate;
        if (held == null || !gatedEndpoints.contains(endpoint) || callsToPass.getAndDecrement() > 0) {
            return;
        }
        heldAtEndpoints.incrementAndGet();
        try {
            held.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heldAtEndpoints.decrementAndGet();
        }
    }

    private boolean looksFake(String email) {
        return fakeLooking.contains(email.strip().toLowerCase(Locale.ROOT));
    }

    private FakeAudience audience() {
        return audiences.get(DEFAULT_LIST_ID);
    }

    private static boolean takeOne(AtomicInteger remaining) {
        return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
