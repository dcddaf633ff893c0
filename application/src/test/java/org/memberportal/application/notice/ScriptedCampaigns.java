package org.memberportal.application.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.domain.notice.NoticeReport;

/**
 * Mailchimp's campaigns as the sender sees them, with Mailchimp's one rule that matters here (a
 * second send is refused) and answers that can be lost after the work was done.
 */
final class ScriptedCampaigns implements CampaignGateway {

    final Map<String, RemoteCampaign> byId = new LinkedHashMap<>();
    final List<String> sends = new ArrayList<>();
    final List<String> contents = new ArrayList<>();
    int creates;
    List<String> checklistErrors = List.of();
    /** The next send is done, and its answer lost. */
    boolean loseNextSendAnswer;
    /** The next create is done, and its answer lost. */
    boolean loseNextCreateAnswer;

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public synchronized RemoteCampaign create(CampaignSpec spec) {
        creates++;
        RemoteCampaign made = new RemoteCampaign("c" + creates, spec.title(), "save", 1, null);
        byId.put(made.id(), made);
        if (loseNextCreateAnswer) {
            loseNextCreateAnswer = false;
            throw new AudienceUnavailable("Mailchimp answered 503: server error");
        }
        return made;
    }

    @Override
    public synchronized Optional<RemoteCampaign> findByTitle(String title, Instant since) {
        return byId.values().stream().filter(c -> title.equals(c.title())).reduce((first, second) -> second);
    }

    @Override
    public synchronized RemoteCampaign campaign(String id) {
        RemoteCampaign campaign = byId.get(id);
        if (campaign == null) {
            throw new AudienceRejection(RejectionReason.NOT_FOUND, "Resource Not Found");
        }
        return campaign;
    }

    @Override
    public synchronized void setContent(String id, NoticeContent content) {
        contents.add(content.html());
    }

    @Override
    public List<String> checklistErrors(String id) {
        return checklistErrors;
    }

    @Override
    public void sendTest(String id, List<String> emails) {
        // nothing to record
    }

    @Override
    public synchronized void send(String id) {
        RemoteCampaign campaign = campaign(id);
        if (!campaign.status().equals("save")) {
            throw new AudienceRejection(RejectionReason.OTHER, "Mailchimp answered 400: Bad Request (This campaign "
                    + "cannot be sent because its status is " + campaign.status() + ".)");
        }
        sends.add(id);
        byId.put(id, new RemoteCampaign(id, campaign.title(), "sent", 1, Instant.parse("2026-03-01T09:30:00Z")));
        if (loseNextSendAnswer) {
            loseNextSendAnswer = false;
            throw new AudienceUnavailable("Mailchimp answered 503: server error");
        }
    }

    @Override
    public synchronized void schedule(String id, Instant at) {
        RemoteCampaign campaign = campaign(id);
        byId.put(id, new RemoteCampaign(id, campaign.title(), "schedule", 1, null));
    }

    /** The scheduled campaign's time came. */
    synchronized void deliver(String id, Instant at) {
        RemoteCampaign campaign = campaign(id);
        sends.add(id);
        byId.put(id, new RemoteCampaign(id, campaign.title(), "sent", 1, at));
    }

    @Override
    public NoticeReport report(String id, Instant now) {
        return new NoticeReport(1, 0, 0, now);
    }
}
