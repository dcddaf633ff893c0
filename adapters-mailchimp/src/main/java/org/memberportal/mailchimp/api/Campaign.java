package org.memberportal.mailchimp.api;

import jakarta.json.bind.annotation.JsonbProperty;

/** A campaign as read: its status ({@code save}, {@code paused}, {@code schedule}, {@code sending}, {@code sent}). */
public record Campaign(
        String id,
        String status,
        @JsonbProperty("emails_sent") Integer emailsSent,
        @JsonbProperty("send_time") String sendTime,
        @JsonbProperty("create_time") String createTime,
        Recipients recipients,
        Settings settings) {

    public record Recipients(@JsonbProperty("list_id") String listId,
            @JsonbProperty("segment_opts") CampaignBody.SegmentOptions segmentOptions,
            @JsonbProperty("recipient_count") Integer recipientCount) {
    }

    public record Settings(@JsonbProperty("subject_line") String subjectLine, String title,
            @JsonbProperty("preview_text") String previewText, @JsonbProperty("from_name") String fromName,
            @JsonbProperty("reply_to") String replyTo) {
    }

    public String title() {
        return settings == null ? null : settings.title();
    }

    public int recipientCount() {
        return recipients == null || recipients.recipientCount() == null ? 0 : recipients.recipientCount();
    }
}
