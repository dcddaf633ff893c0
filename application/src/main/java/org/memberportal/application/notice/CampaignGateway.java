package org.memberportal.application.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memberportal.domain.notice.NoticeReport;

/**
 * Mailchimp's campaigns, as the update notices need them. No call is idempotent on Mailchimp's
 * side: {@link #create} retried blindly makes a second campaign. So {@link #create} itself looks
 * for the campaign by its title before it tries again after a failure whose outcome is unknown,
 * and the sender reads a campaign's status before it asks for a send again.
 *
 * <p>Every call may throw {@code AudienceUnavailable} (busy or out of reach: the outcome is
 * unknown, read the state before doing it again) or {@code AudienceRejection} (Mailchimp refused,
 * its words in the message).
 */
public interface CampaignGateway {

    boolean isConfigured();

    /** A new campaign, or the one already made under {@code spec.title()} by an earlier try. */
    RemoteCampaign create(CampaignSpec spec);

    /** The campaign created under this title at or after {@code since}, the newest if several. */
    Optional<RemoteCampaign> findByTitle(String title, Instant since);

    RemoteCampaign campaign(String id);

    /** Replaces the content; doing it twice is harmless. */
    void setContent(String id, NoticeContent content);

    /** The errors of the send checklist, in Mailchimp's words; empty when the campaign is ready. */
    List<String> checklistErrors(String id);

    void sendTest(String id, List<String> emails);

    void send(String id);

    void schedule(String id, Instant at);

    NoticeReport report(String id, Instant now);
}
