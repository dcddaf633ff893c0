package org.memberportal.mailchimp.fake;

import java.time.Instant;
import java.util.List;

/**
 * A campaign of the fake as it stands, for tests to look at: its segment as sent, its content,
 * and, once sent, who it went to.
 */
public record FakeCampaign(String id, String listId, String title, String subject, String status, Segment segment,
        String html, String plainText, Instant createTime, Instant sendTime, Instant scheduleTime,
        List<String> recipients, int opens, int clicks) {

    public FakeCampaign {
        recipients = List.copyOf(recipients);
    }

    /** A segment as sent: {@code match} ("all" or "any") and its conditions. */
    public record Segment(String match, List<Condition> conditions) {
    }

    /** One condition: {@code Interests} with interest ids, or {@code TextMerge} with one text. */
    public record Condition(String type, String field, String op, List<String> values) {
    }

    public boolean isSent() {
        return sendTime != null;
    }
}
