package org.memberportal.it.openapi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for one operation of the portal's OpenAPI document, drawn with jqwik: parameters and
 * bodies that mostly fit the operation's schemas (so that they get past the first check and reach
 * the code behind it) and partly do not (wrong types, values out of range, hostile text, broken
 * JSON, the wrong content type). Path parameters are mostly drawn from ids the caller's world
 * really has, so that a request reaches a real resource. No fuzzing library for OpenAPI was to be
 * had from Maven Central here, so the schema walk is written out below.
 */
final class RequestFuzzer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text that breaks naive code: numbers too big, separators, injections, control characters. */
    static final List<String> HOSTILE = List.of("", " ", "0", "-1", "1.5", "abc", "null", "true", "NaN",
            "99999999999999999999", "9223372036854775808", "-9223372036854775809", "..", "%", "%00", "%2F", "/",
            "'; drop table accounts; --", "\" or \"1\"=\"1", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "\u0000", "line\nbreak", "tab\there", "\r\nX-Injected: yes", "\u202e\uD83D\uDE00", "\uD800",
            "a".repeat(300), "../../etc/passwd", "{}", "[]", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "ZmFrZQ", "eyJpZCI6IngiLCJhdCI6MX0", "2026-02-30",
            "9999-12-31T23:59:59Z", "+999999999-12-31", "1e400", "0x10", "\uFEFF");

    /** Bodies that are not what any schema says. */
    private static final List<String> BROKEN_BODIES = List.of("", "{", "}", "null", "[]", "[1,2", "\"text\"", "0",
            "{\"a\":1,\"a\":2}", "name=x&y=z", "{\"version\": 1e99999}", "\u0000", "{\"x\": \"\\ud800\"}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "*/*", "application/json;;");

    private static final List<String> IF_MATCH = List.of("\"1\"", "\"0\"", "1", "W/\"1\"", "*", "\"abc\"", "\"-1\"",
            "\"99999999999999999999\"", "", "\"", "\"1\", \"2\"");

    /** Mailchimp's form fields: the document cannot describe a form keyed like data[email]. */
    private static final List<String> MAILCHIMP_TYPES = List.of("subscribe", "unsubscribe", "profile", "upemail",
            "cleaned", "campaign", "", "SUBSCRIBE", "other");

    private final OpenAPI document;
    private final List<String> vocabulary;

    RequestFuzzer(OpenAPI document) {
        this.document = document;
        this.vocabulary = vocabulary(document);
    }

    /** A request drawn for the operation; {@code pools} holds the ids the caller's world has, by name. */
    Arbitrary<FuzzRequest> request(String method, String path, Operation operation, Pools pools, String secret) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Arbitrary<String> target = Arbitraries.just(path);
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                String name = parameter.getName();
                Arbitrary<String> value = "secret".equals(name)
                        ? Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(secret)), Tuple.of(1, text(64)))
                        : pathValue(pools.pick(name, true));
                target = Combinators.combine(target, value).as((p, v) -> p.replace("{" + name + "}", pathSegment(v)));
            }
        }
        Arbitrary<String> query = Arbitraries.just("");
        Arbitrary<Map<String, String>> headers = Arbitraries.just(Map.of());
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                Arbitrary<String> one = Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just("")),
                        Tuple.of(5, parameterValue(parameter, pools).map(v -> parameter.getName() + "=" + form(v))));
                query = Combinators.combine(query, one).as((q, v) -> v.isEmpty() ? q : q.isEmpty() ? v : q + "&" + v);
            } else if ("header".equals(parameter.getIn())) {
                String name = parameter.getName();
                Arbitrary<Map<String, String>> header = Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(Map.of())),
                        Tuple.of(2, Arbitraries.of(IF_MATCH).map(v -> Map.of(name, v))));
                headers = Combinators.combine(headers, header).as((a, b) -> {
                    Map<String, String> all = new LinkedHashMap<>(a);
                    all.putAll(b);
                    return all;
                });
            }
        }
        Arbitrary<Body> body = body(operation);
        return Combinators.combine(target, query, headers, body).as((t, q, h, b) -> new FuzzRequest(method,
                q.isEmpty() ? t : t + "?" + q, h, b.contentType(), b.text()));
    }

    private Arbitrary<Body> body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(new Body(null, null))),
                    Tuple.of(1, Arbitraries.of(BROKEN_BODIES).map(text -> new Body("application/json", text))));
        }
        List<Arbitrary<Body>> fitting = new ArrayList<>();
        operation.getRequestBody().getContent().forEach((type, media) -> fitting.add(bodyOf(type, media)));
        Arbitrary<Body> broken = Combinators.combine(Arbitraries.of(BROKEN_BODIES),
                Arbitraries.of(operation.getRequestBody().getContent().keySet())).as((text, type) -> new Body(type, text));
        Arbitrary<Body> mislabelled = Combinators.combine(Arbitraries.oneOf(fitting), Arbitraries.of(WRONG_CONTENT_TYPES))
                .as((b, type) -> new Body(type, b.text()));
        return Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.oneOf(fitting)), Tuple.of(2, broken),
                Tuple.of(1, mislabelled), Tuple.of(1, Arbitraries.just(new Body(null, null))));
    }

    private Arbitrary<Body> bodyOf(String type, MediaType media) {
        if (type.equals("application/x-www-form-urlencoded")) {
            return mailchimpForm().map(text -> new Body(type, text));
        }
        return value(media.getSchema(), "", 0).map(node -> new Body(type, node.toString()));
    }

    private Arbitrary<String> mailchimpForm() {
        Arbitrary<String> type = Arbitraries.of(MAILCHIMP_TYPES);
        Arbitrary<String> firedAt = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString()
                        .replace('T', ' '))),
                Tuple.of(1, text(30)));
        Arbitrary<String> email = Arbitraries.frequencyOf(Tuple.of(3, email()), Tuple.of(1, text(40)));
        Arbitrary<String> listId = Arbitraries.of("portal0001", "other-list", "");
        Arbitrary<String> extra = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, Combinators.combine(text(20), text(20)).as((k, v) -> "&" + form(k) + "=" + form(v))));
        return Combinators.combine(type, firedAt, email, email, listId, text(20), extra).as((t, at, e, other, list,
                reason, more) -> "type=" + form(t) + "&fired_at=" + form(at) + "&data%5Bemail%5D=" + form(e)
                        + "&data%5Bold_email%5D=" + form(e) + "&data%5Bnew_email%5D=" + form(other)
                        + "&data%5Blist_id%5D=" + form(list) + "&data%5Breason%5D=" + form(reason)
                        + "&data%5Baction%5D=unsub" + more);
    }

    private Arbitrary<String> pathValue(Arbitrary<String> known) {
        return Arbitraries.frequencyOf(Tuple.of(6, known), Tuple.of(2, Arbitraries.of(HOSTILE)), Tuple.of(1, uuid()),
                Tuple.of(1, text(20)));
    }

    private Arbitrary<String> parameterValue(Parameter parameter, Pools pools) {
        Arbitrary<String> fitting = value(parameter.getSchema(), parameter.getName(), 2).map(RequestFuzzer::asText);
        return Arbitraries.frequencyOf(Tuple.of(4, fitting), Tuple.of(2, Arbitraries.of(HOSTILE)),
                Tuple.of(2, Arbitraries.of(vocabulary)), Tuple.of(3, pools.pick(parameter.getName(), false)));
    }

    /** A JSON value for the schema: mostly one that fits it, sometimes of the wrong type or hostile. */
    @SuppressWarnings("rawtypes")
    Arbitrary<JsonNode> value(Schema schema, String name, int depth) {
        Arbitrary<JsonNode> fitting = Arbitraries.lazy(() -> fitting(schema, name, depth));
        return Arbitraries.frequencyOf(Tuple.of(12, fitting), Tuple.of(1, wrongType(depth)),
                Tuple.of(1, Arbitraries.of(HOSTILE).map(NODES::textNode)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Arbitrary<JsonNode> fitting(Schema schema, String name, int depth) {
        if (schema == null) {
            return wrongType(depth);
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref();
            return fitting(document.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)), name, depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<String> values = ((List<Object>) schema.getEnum()).stream().map(String::valueOf).toList();
            return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(values)),
                    Tuple.of(1, Arbitraries.of(values).map(v -> v.toLowerCase(java.util.Locale.ROOT))),
                    Tuple.of(1, text(12))).map(NODES::textNode);
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "") : schema.getType();
        switch (type) {
            case "object":
                return object(schema, depth);
            case "array":
                if (depth > 3) {
                    return Arbitraries.just(NODES.arrayNode());
                }
                return value(schema.getItems(), name, depth + 1).list().ofMaxSize(3).map(items -> {
                    var array = NODES.arrayNode();
                    items.forEach(array::add);
                    return array;
                });
            case "integer":
                return number(schema, false);
            case "number":
                return number(schema, true);
            case "boolean":
                return Arbitraries.of(true, false).map(NODES::booleanNode);
            case "string":
                return string(schema, name);
            default:
                return wrongType(depth);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Arbitrary<JsonNode> object(Schema schema, int depth) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        Set<String> required = schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
        if (properties.isEmpty()) {
            return Combinators.combine(Arbitraries.of(vocabulary).list().ofMaxSize(3),
                    Arbitraries.oneOf(text(20), Arbitraries.of(HOSTILE)).list().ofSize(3))
                    .as((keys, values) -> {
                        ObjectNode free = NODES.objectNode();
                        for (int i = 0; i < keys.size(); i++) {
                            free.put(keys.get(i), values.get(i));
                        }
                        return (JsonNode) free;
                    });
        }
        Arbitrary<ObjectNode> built = Arbitraries.just(0).map(x -> NODES.objectNode());
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            String key = property.getKey();
            int present = required.contains(key) ? 12 : 6;
            Arbitrary<JsonNode> maybe = Arbitraries.frequencyOf(Tuple.of(present, value(property.getValue(), key,
                    depth + 1)), Tuple.of(1, Arbitraries.just(NODES.missingNode())),
                    Tuple.of(1, Arbitraries.just(NODES.nullNode())));
            built = Combinators.combine(built, maybe).as((node, v) -> {
                if (!v.isMissingNode()) {
                    node.set(key, v);
                }
                return node;
            });
        }
        Arbitrary<String> unknown = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, text(12)));
        return Combinators.combine(built, unknown).as((node, extra) -> {
            if (!extra.isEmpty()) {
                node.put(extra, extra);
            }
            return (JsonNode) node;
        });
    }

    @SuppressWarnings("rawtypes")
    private static Arbitrary<JsonNode> number(Schema schema, boolean decimal) {
        long min = schema.getMinimum() == null ? -1_000 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? 1_000_000 : schema.getMaximum().longValue();
        Arbitrary<JsonNode> inRange = Arbitraries.longs().between(min, max).map(NODES::numberNode);
        Arbitrary<JsonNode> edges = Arbitraries.of(min - 1, max + 1, 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                (long) Integer.MAX_VALUE + 1).map(NODES::numberNode);
        Arbitrary<JsonNode> huge = Arbitraries.of(new BigInteger("99999999999999999999999999"),
                new BigInteger("-99999999999999999999999999")).map(NODES::numberNode);
        Arbitrary<JsonNode> fraction = Arbitraries.of(new BigDecimal("1.5"), new BigDecimal("1E+400"),
                new BigDecimal("-0.0000001"), new BigDecimal("1E-400")).map(NODES::numberNode);
        return Arbitraries.frequencyOf(Tuple.of(6, inRange), Tuple.of(2, edges), Tuple.of(1, huge),
                Tuple.of(decimal ? 2 : 1, fraction), Tuple.of(1, inRange.map(n -> NODES.textNode(n.asText()))));
    }

    @SuppressWarnings("rawtypes")
    private Arbitrary<JsonNode> string(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (format.equals("date")) {
            return Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.longs().between(-30_000, 60_000)
                            .map(days -> LocalDate.now().plusDays(days).toString())),
                    Tuple.of(1, Arbitraries.of("2026-02-30", "2026-13-01", "01/02/2026", "+99999-01-01", "0000-00-00")),
                    Tuple.of(1, text(12))).map(NODES::textNode);
        }
        if (format.equals("date-time")) {
            return Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.longs().between(-3_000_000_000L, 3_000_000_000L)
                            .map(seconds -> Instant.now().plusSeconds(seconds).toString())),
                    Tuple.of(1, Arbitraries.of("2026-01-01T25:00:00Z", "2026-01-01", "2026-01-01T10:00:00",
                            "2026-01-01T10:00:00+25:00", "+1000000000-01-01T00:00:00Z")),
                    Tuple.of(1, text(12))).map(NODES::textNode);
        }
        if (name.toLowerCase(java.util.Locale.ROOT).contains("email")) {
            return Arbitraries.frequencyOf(Tuple.of(5, email()), Tuple.of(1, text(40))).map(NODES::textNode);
        }
        int longest = schema.getMaxLength() == null ? 80 : Math.min(schema.getMaxLength(), 300);
        Arbitrary<String> fits = Arbitraries.strings().withCharRange(' ', '~').withChars("äßé\u00a0")
                .ofMinLength(1).ofMaxLength(Math.min(longest, 60));
        Arbitrary<String> tooLong = Arbitraries.just("x".repeat(longest + 1));
        return Arbitraries.frequencyOf(Tuple.of(8, fits), Tuple.of(2, text(longest)), Tuple.of(1, tooLong),
                Tuple.of(1, Arbitraries.of(vocabulary))).map(NODES::textNode);
    }

    private Arbitrary<JsonNode> wrongType(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
                NODES.numberNode(-1), NODES.numberNode(new BigDecimal("1.5")), NODES.textNode(""), NODES.textNode("x"),
                NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(new BigInteger("123456789012345678901234567890")));
        if (depth > 2) {
            return scalar;
        }
        return Arbitraries.frequencyOf(Tuple.of(4, scalar),
                Tuple.of(1, scalar.list().ofMaxSize(3).map(items -> {
                    var array = NODES.arrayNode();
                    items.forEach(array::add);
                    return (JsonNode) array;
                })));
    }

    /** Any text, control characters and all planes included. */
    private static Arbitrary<String> text(int longest) {
        return Arbitraries.strings().all().ofMaxLength(longest);
    }

    private static Arbitrary<String> email() {
        return Combinators.combine(Arbitraries.strings().alpha().numeric().withChars(".+_-").ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("fuzz.example", "customer.example", "EXAMPLE.com", "x", "ex ample.org", ""))
                .as((local, domain) -> local + "@" + domain);
    }

    private static Arbitrary<String> uuid() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((high, low) -> new java.util.UUID(high, low).toString());
    }

    /** Every enum value the document names, and the words its descriptions give for free-text parameters. */
    @SuppressWarnings("rawtypes")
    private static List<String> vocabulary(OpenAPI document) {
        Set<String> words = new TreeSet<>(List.of("company", "own", "true", "false", "audience-sync", "coverage-audit"));
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            for (Schema schema : document.getComponents().getSchemas().values()) {
                collectEnums(schema, words);
            }
        }
        return List.copyOf(words);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void collectEnums(Schema schema, Set<String> words) {
        if (schema == null) {
            return;
        }
        if (schema.getEnum() != null) {
            ((List<Object>) schema.getEnum()).forEach(v -> words.add(String.valueOf(v)));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> collectEnums(p, words));
        }
    }

    private static String asText(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return form(value).replace("+", "%20");
    }

    private record Body(String contentType, String text) {
    }

    /** One request: the path (with its query) under the portal's root. */
    record FuzzRequest(String method, String path, Map<String, String> headers, String contentType, String body) {

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return method + " " + path + (headers.isEmpty() ? "" : " " + headers) + (contentType == null ? ""
                    : " [" + contentType + "] " + shown);
        }
    }

    /**
     * The ids a fuzzing run knows, by parameter name; grows with what the portal answers, so a
     * pick is made when a request is drawn, from what is known then.
     */
    static final class Pools {

        private final Map<String, List<String>> byName = new java.util.concurrent.ConcurrentHashMap<>();

        void add(String name, String value) {
            if (value != null && !value.isBlank()) {
                List<String> values = byName.computeIfAbsent(name, n -> new java.util.concurrent.CopyOnWriteArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        }

        /** One of the values known under the name (else, for an id in a path, any id known). */
        Arbitrary<String> pick(String name, boolean anyId) {
            return Arbitraries.integers().greaterOrEqual(0).map(i -> {
                List<String> values = byName.getOrDefault(name, List.of());
                if (values.isEmpty() && anyId) {
                    values = byName.getOrDefault("id", List.of());
                }
                return values.isEmpty() ? "none" : values.get(i % values.size());
            });
        }
    }
}
