package org.memberportal.mailchimp.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** A sent campaign's report: e-mails sent, opens and clicks. */
public record Report(@JsonbProperty("emails_sent") Integer emailsSent, Opens opens, Clicks clicks) {

    public record Opens(@JsonbProperty("opens_total") Integer opensTotal, @JsonbProperty("unique_opens") Integer uniqueOpens) {
    }

    public record Clicks(@JsonbProperty("clicks_total") Integer clicksTotal,
            @JsonbProperty("unique_clicks") Integer uniqueClicks) {
    }
}
