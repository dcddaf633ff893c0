package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** A new regular campaign: to one audience, narrowed by a segment's conditions. */
public record CampaignBody(String type, Campaign.Recipients recipients, Campaign.Settings settings) {

    public record SegmentOptions(String match, List<Condition> conditions) {
    }

    /**
     * One condition: {@code Interests} with a list of interest ids as value, or {@code TextMerge}
     * with one text. The value is an Object because Mailchimp's type depends on the condition.
     */
    public record Condition(@JsonbProperty("condition_type") String conditionType, String field, String op,
            Object value) {
    }
}
