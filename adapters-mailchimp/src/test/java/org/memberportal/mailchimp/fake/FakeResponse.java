package org.memberportal.mailchimp.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonStructure;

/** One answer of the fake, ready to send. */
record FakeResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static FakeResponse json(int status, JsonStructure json) {
        return new FakeResponse(status, "application/json; charset=utf-8", bytes(json.toString()), Map.of());
    }

    static FakeResponse problem(int status, JsonStructure json) {
        return new FakeResponse(status, "application/problem+json; charset=utf-8", bytes(json.toString()), Map.of());
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
