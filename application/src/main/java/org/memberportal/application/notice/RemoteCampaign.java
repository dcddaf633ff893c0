package org.memberportal.application.notice;

import java.time.Instant;
import java.util.Objects;

/** A campaign as Mailchimp has it: its status ({@code save}, {@code paused}, {@code schedule}, {@code sending}, {@code sent}). */
public record RemoteCampaign(String id, String title, String status, int recipientCount, Instant sendTime) {

    public RemoteCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** Sending or sent: it went out, and a send can never be taken back. */
    public boolean wentOut() {
        return status.equals("sending") || status.equals("sent");
    }

    public boolean isScheduled() {
        return status.equals("schedule");
    }
}
