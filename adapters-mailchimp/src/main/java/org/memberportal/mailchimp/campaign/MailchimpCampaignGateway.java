package org.memberportal.mailchimp.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.notice.CampaignGateway;
import org.memberportal.application.notice.CampaignSpec;
import org.memberportal.application.notice.NoticeContent;
import org.memberportal.application.notice.RemoteCampaign;
import org.memberportal.domain.notice.NoticeReport;
import org.memberportal.domain.notice.ProductTags;
import org.memberportal.mailchimp.GuardedCalls;
import org.memberportal.mailchimp.MailchimpConnection;
import org.memberportal.mailchimp.MailchimpSettings;
import org.memberportal.mailchimp.api.Campaign;
import org.memberportal.mailchimp.api.CampaignBody;
import org.memberportal.mailchimp.api.CampaignContent;
import org.memberportal.mailchimp.api.CampaignPage;
import org.memberportal.mailchimp.api.CampaignsApi;
import org.memberportal.mailchimp.api.Checklist;
import org.memberportal.mailchimp.api.Report;
import org.memberportal.mailchimp.api.Schedule;
import org.memberportal.mailchimp.api.TestSend;

/**
 * The update notices' campaigns in Mailchimp. Reads and the content go through the guarded,
 * retried calls. Creating a campaign and sending a test are made once per try ({@link #once}):
 * a retry after a lost answer would make a second campaign or a second test e-mail; instead a
 * failed create looks for the campaign by its title before it tries again, with a growing pause.
 */
@ApplicationScoped
public class MailchimpCampaignGateway implements CampaignGateway {

    static final int CREATE_TRIES = 4;
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final MailchimpSettings settings;
    private final GuardedCalls guarded;
    private final MailchimpConnection connection;
    private final CampaignSender sender;

    protected MailchimpCampaignGateway() {
        this(null, null, null, (CampaignSender) null); // for the CDI proxy
    }

    @Inject
    public MailchimpCampaignGateway(MailchimpSettings settings, GuardedCalls guarded, MailchimpConnection connection,
            Config config) {
        this(settings, guarded, connection, new CampaignSender(config.getValue(CampaignSender.FROM_NAME, String.class),
                config.getValue(CampaignSender.REPLY_TO, String.class)));
    }

    public MailchimpCampaignGateway(MailchimpSettings settings, GuardedCalls guarded, MailchimpConnection connection,
            CampaignSender sender) {
        this.settings = settings;
        this.guarded = guarded;
        this.connection = connection;
        this.sender = sender;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    @Override
    public RemoteCampaign create(CampaignSpec spec) {
        Duration pause = FIRST_PAUSE;
        for (int tryNumber = 1;; tryNumber++) {
            try {
                return remote(once(() -> campaigns().create(bodyOf(spec))));
            } catch (AudienceUnavailable unknown) {
                // Mailchimp may have made it before the answer was lost: look before making another
                Optional<RemoteCampaign> made = findByTitle(spec.title(), spec.notBefore());
                if (made.isPresent()) {
                    return made.get();
                }
                if (tryNumber >= CREATE_TRIES) {
                    throw unknown;
                }
                pause(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    @Override
    public Optional<RemoteCampaign> findByTitle(String title, Instant since) {
        List<Campaign> found = new ArrayList<>();
        int offset = 0;
        while (true) {
            int from = offset;
            CampaignPage page = guarded(() -> campaigns().list(settings.requiredListId(), format(since),
                    CampaignsApi.MAX_PAGE, from));
            page.campaigns().stream().filter(campaign -> title.equals(campaign.title())).forEach(found::add);
            offset += page.campaigns().size();
            if (page.campaigns().size() < CampaignsApi.MAX_PAGE
                    || (page.totalItems() != null && offset >= page.totalItems())) {
                break;
            }
        }
        // newest last: a second one could only come from a bug, and the newest is the one worked on
        return found.isEmpty() ? Optional.empty() : Optional.of(remote(found.get(found.size() - 1)));
    }

    @Override
    public RemoteCampaign campaign(String id) {
        return remote(guarded(() -> campaigns().campaign(id)));
    }

    @Override
    public void setContent(String id, NoticeContent content) {
        guarded(() -> campaigns().content(id, new CampaignContent(content.html(), content.plainText())));
    }

    @Override
    public List<String> checklistErrors(String id) {
        Checklist checklist = guarded(() -> campaigns().checklist(id));
        return checklist.items().stream().filter(item -> "error".equals(item.type()))
                .map(item -> item.details() != null ? item.details() : item.heading()).toList();
    }

    @Override
    public void sendTest(String id, List<String> emails) {
        once(() -> {
            campaigns().test(id, new TestSend(List.copyOf(emails), "html"));
            return null;
        });
    }

    /** Retried like any call: a retry after a lost answer is refused by Mailchimp as a second send. */
    @Override
    public void send(String id) {
        guarded(() -> {
            campaigns().send(id);
            return null;
        });
    }

    @Override
    public void schedule(String id, Instant at) {
        guarded(() -> {
            campaigns().schedule(id, new Schedule(format(at)));
            return null;
        });
    }

    @Override
    public NoticeReport report(String id, Instant now) {
        Report report = guarded(() -> connection.api().reports().report(id));
        return new NoticeReport(orZero(report.emailsSent()),
                report.opens() == null ? 0 : orZero(report.opens().opensTotal()),
                report.clicks() == null ? 0 : orZero(report.clicks().clicksTotal()), now);
    }

    private CampaignBody bodyOf(CampaignSpec spec) {
        List<CampaignBody.Condition> conditions = new ArrayList<>();
        conditions.add(new CampaignBody.Condition("Interests", "interests-" + spec.groups().categoryId(),
                "interestcontains", List.of(spec.interestId())));
        if (spec.productTag() != null) {
            conditions.add(new CampaignBody.Condition("TextMerge", ProductTags.MERGE_FIELD, "contains",
                    spec.productTag()));
        }
        return new CampaignBody("regular",
                new Campaign.Recipients(settings.requiredListId(), new CampaignBody.SegmentOptions("all", conditions),
                        null),
                new Campaign.Settings(spec.subject(), spec.title(), spec.previewText(), sender.fromName(),
                        sender.replyTo()));
    }

    private static RemoteCampaign remote(Campaign campaign) {
        Instant sent = campaign.sendTime() == null || campaign.sendTime().isBlank() ? null
                : java.time.OffsetDateTime.parse(campaign.sendTime()).toInstant();
        return new RemoteCampaign(campaign.id(), campaign.title(), campaign.status(), campaign.recipientCount(), sent);
    }

    private CampaignsApi campaigns() {
        return connection.api().campaigns();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return guarded.run(call);
        } catch (FaultToleranceException e) {
            throw busy(e);
        }
    }

    /**
     * One try, not retried by the guard: an unknown outcome comes out as {@link AudienceUnavailable}
     * for the caller to settle by reading Mailchimp's state.
     */
    private <T> T once(Supplier<T> call) {
        try {
            return guarded.run(() -> {
                try {
                    return call.get();
                } catch (AudienceUnavailable | ProcessingException unknown) {
                    throw new OutcomeUnknown(unknown);
                }
            });
        } catch (OutcomeUnknown unknown) {
            throw unknown.cause instanceof AudienceUnavailable unavailable ? unavailable
                    : new AudienceUnavailable("Mailchimp could not be reached or read: " + unknown.cause.getMessage(),
                            unknown.cause);
        } catch (FaultToleranceException e) {
            throw busy(e);
        }
    }

    /** Not one of the exceptions the guard retries on. */
    private static final class OutcomeUnknown extends RuntimeException {
        private final RuntimeException cause;

        OutcomeUnknown(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private static AudienceUnavailable busy(FaultToleranceException e) {
        return new AudienceUnavailable("the Mailchimp adapter is at its limit of concurrent calls", e);
    }

    private static String format(Instant instant) {
        return TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
