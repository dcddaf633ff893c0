package org.memberportal.mailchimp.campaign;

import java.util.Objects;

/**
 * Who the campaigns come from: {@code mailchimp.campaign.from-name} and
 * {@code mailchimp.campaign.reply-to} (Mailchimp's checklist refuses a campaign without them).
 */
public record CampaignSender(String fromName, String replyTo) {

    public static final String FROM_NAME = "mailchimp.campaign.from-name";
    public static final String REPLY_TO = "mailchimp.campaign.reply-to";
    /** For tests outside a container; the portal's defaults are in microprofile-config.properties. */
    public static final CampaignSender DEFAULTS = new CampaignSender("Support team", "support@localhost");

    public CampaignSender {
        Objects.requireNonNull(fromName, "from name");
        Objects.requireNonNull(replyTo, "reply-to");
    }
}
