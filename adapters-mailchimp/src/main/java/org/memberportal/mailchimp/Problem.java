package org.memberportal.mailchimp;

import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * An error answer from Mailchimp's API itself ({@code application/problem+json}: type, title,
 * status, detail, instance). An edge proxy's answer (HTML, plain text, nothing) is none.
 */
record Problem(String title, String detail, String instance) {

    /** The problem in this body, empty when the body is no JSON object. */
    static Optional<Problem> parse(String contentType, String body) {
        if (body == null || body.isBlank() || !isJson(contentType)) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return Optional.empty();
            }
            JsonObject json = value.asJsonObject();
            return Optional.of(new Problem(json.getString("title", ""), json.getString("detail", ""),
                    json.getString("instance", "")));
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static boolean isJson(String contentType) {
        // no content type at all is given the benefit of the doubt: the body decides
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    boolean detailMentions(String words) {
        return detail.toLowerCase(Locale.ROOT).contains(words);
    }
}
