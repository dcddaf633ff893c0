package org.memberportal.mailchimp.fake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** One member as a client sent it: a PUT's or POST's body, or one entry of a batch subscribe. */
record MemberWrite(String emailAddress, String statusIfNew, String status, Map<String, String> mergeFields,
        Map<String, Boolean> interests) {

    static MemberWrite from(JsonObject json) {
        Map<String, String> mergeFields = new LinkedHashMap<>();
        JsonObject fields = objectOrEmpty(json, "merge_fields");
        fields.forEach((tag, value) -> mergeFields.put(tag, value instanceof JsonString text ? text.getString()
                : value.toString()));
        Map<String, Boolean> interests = new LinkedHashMap<>();
        JsonObject chosen = objectOrEmpty(json, "interests");
        chosen.forEach((id, value) -> {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw MailchimpError.invalidField("interests." + id, "Schema describes boolean, " + value.getValueType()
                        .name().toLowerCase(Locale.ROOT) + " found instead");
            }
            interests.put(id, value.getValueType() == JsonValue.ValueType.TRUE);
        });
        return new MemberWrite(stringOrNull(json, "email_address"), stringOrNull(json, "status_if_new"),
                stringOrNull(json, "status"), mergeFields, interests);
    }

    private static String stringOrNull(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw MailchimpError.invalidField(name, "Schema describes string, " + value.getValueType() + " found instead");
    }

    private static JsonObject objectOrEmpty(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw MailchimpError.invalidField(name, "Schema describes object, " + value.getValueType() + " found instead");
        }
        return value.asJsonObject();
    }
}
