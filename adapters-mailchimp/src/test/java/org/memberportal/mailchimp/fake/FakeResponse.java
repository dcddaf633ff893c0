package org.memberportal.mailchimp.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;

/** One answer of the fake, ready to send. */
record FakeResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** Made once: a JSON answer of 500 members is written straight to bytes, not through a String. */
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    static FakeResponse json(int status, JsonStructure json) {
        return new FakeResponse(status, "application/json; charset=utf-8", bytes(json), Map.of());
    }

    static FakeResponse problem(int status, JsonStructure json) {
        return new FakeResponse(status, "application/problem+json; charset=utf-8", bytes(json), Map.of());
    }

    static FakeResponse html(int status, String html) {
        return new FakeResponse(status, "text/html; charset=utf-8", bytes(html), Map.of());
    }

    static FakeResponse noContent() {
        return new FakeResponse(204, null, new byte[0], Map.of());
    }

    FakeResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new FakeResponse(status, contentType, body, all);
    }

    private static byte[] bytes(JsonStructure json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonWriter writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(json);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
