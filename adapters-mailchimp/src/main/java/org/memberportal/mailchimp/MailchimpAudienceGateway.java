package org.memberportal.mailchimp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.memberportal.application.audience.AudienceForgetting;
import org.memberportal.application.notification.AudienceGateway;
import org.memberportal.application.notification.AudienceGroups;
import org.memberportal.application.notification.AudienceRejection;
import org.memberportal.application.notification.AudienceUnavailable;
import org.memberportal.application.notification.BatchOutcome;
import org.memberportal.application.notification.MemberBatch;
import org.memberportal.application.notification.MemberOutcome;
import org.memberportal.application.notification.MemberState;
import org.memberportal.application.notification.RejectionReason;
import org.memberportal.application.notification.RemoteMember;
import org.memberportal.application.notification.SubscriberHash;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.api.BatchRequest;
import org.memberportal.mailchimp.api.MemberPage;
import org.memberportal.mailchimp.api.MembersApi;

/** The portal's audience in Mailchimp, through Mailchimp Marketing API v3. */
@ApplicationScoped
public class MailchimpAudienceGateway implements AudienceGateway, AudienceForgetting {

    private final MailchimpSettings settings;
    private final GuardedCalls guarded;
    private volatile MailchimpApi api;

    protected MailchimpAudienceGateway() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public MailchimpAudienceGateway(MailchimpSettings settings, GuardedCalls guarded) {
        this.settings = settings;
        this.guarded = guarded;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    @Override
    public AudienceGroups ensureGroups() {
        try {
            return new GroupsFinder(api().interestCategories(), listId(), guarded).ensure(settings.groupNames());
        } catch (FaultToleranceException e) {
            throw busy(e);
        }
    }

    @Override
    public BatchOutcome upsert(AudienceGroups groups, MemberBatch batch) {
        BatchRequest request = new BatchRequest(
                batch.members().stream().map(member -> MemberMapping.forBatch(groups, member)).toList(), true);
        return BatchOutcomes.of(batch, guarded(() -> api().lists().batchSubscribe(listId(), request)));
    }

    @Override
    public List<RemoteMember> changedSince(AudienceGroups groups, Instant since) {
        String after = MailchimpTime.changedAtOrAfter(since);
        List<RemoteMember> changed = new ArrayList<>();
        int offset = 0;
        while (true) {
            int from = offset;
            MemberPage page = guarded(() -> api().members().changedSince(listId(), after, MembersApi.MAX_PAGE, from));
            page.members().forEach(member -> changed.add(MemberMapping.toRemote(groups, member)));
            offset += page.members().size();
            boolean last = page.members().size() < MembersApi.MAX_PAGE
                    || (page.totalItems() != null && offset >= page.totalItems());
            if (last) {
                return changed;
            }
        }
    }

    @Override
    public Optional<RemoteMember> find(AudienceGroups groups, EmailAddress email) {
        String hash = SubscriberHash.of(email).value();
        try {
            return Optional.of(MemberMapping.toRemote(groups, guarded(() -> api().members().member(listId(), hash))));
        } catch (AudienceRejection rejection) {
            if (rejection.reason() == RejectionReason.NOT_FOUND) {
                return Optional.empty();
            }
            throw rejection;
        }
    }

    @Override
    public void deletePermanently(SubscriberHash member) {
        try {
            guarded(() -> {
                api().members().deletePermanently(listId(), member.value());
                return null;
            });
        } catch (AudienceRejection rejection) {
            if (rejection.reason() != RejectionReason.NOT_FOUND) {
                throw rejection;
            }
        }
    }

    @PreDestroy
    void disconnect() {
        MailchimpApi connected = api;
        if (connected != null) {
            connected.close();
        }
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return guarded.run(call);
        } catch (FaultToleranceException e) {
            throw busy(e);
        }
    }

    private static AudienceUnavailable busy(FaultToleranceException e) {
        return new AudienceUnavailable("the Mailchimp adapter is at its limit of concurrent calls", e);
    }

    private String listId() {
        return settings.requiredListId();
    }

    private MailchimpApi api() {
        MailchimpApi connected = api;
        if (connected == null) {
            synchronized (this) {
                connected = api;
                if (connected == null) {
                    connected = MailchimpApi.connect(settings);
                    api = connected;
                }
            }
        }
        return connected;
    }
}
