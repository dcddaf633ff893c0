package org.memberportal.mailchimp.fake;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

/** A request the fake has authenticated and matched to an endpoint. */
record FakeRequest(FakeEndpoint endpoint, List<String> pathParameters, Map<String, String> query, JsonObject body) {

    String listId() {
        return pathParameters.get(0);
    }

    /** The first path parameter of a campaign's or a report's path. */
    String campaignId() {
        return pathParameters.get(0);
    }

    /** The second path parameter: a category id or a subscriber hash. */
    String secondParameter() {
        return pathParameters.get(1);
    }

    int intQuery(String name, int orElse) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return orElse;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw MailchimpError.invalidField(name, "Schema describes integer, string found instead");
        }
    }

    JsonObject requireBody() {
        if (body == null) {
            throw MailchimpError.of(400, "JSON Parse Error", "We encountered an unspecified JSON parsing error.");
        }
        return body;
    }
}
