package org.memberportal.mailchimp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.memberportal.application.audience.AudienceForgetting;
import org.memberportal.application.audience.AudienceGateway;
import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.BatchOutcome;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberOutcome;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.application.audience.RemoteMember;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.api.BatchRequest;
import org.memberportal.mailchimp.api.MemberPage;
import org.memberportal.mailchimp.api.MergeField;
import org.memberportal.mailchimp.api.MembersApi;

/** The portal's audience in Mailchimp, through Mailchimp Marketing API v3. */
@ApplicationScoped
public class MailchimpAudienceGateway implements AudienceGateway, AudienceForgetting {

    /** Pages of changed members read at once: a few of the {@value GuardedCalls#MAX_CONCURRENT_CALLS} connections Mailchimp allows. */
    static final int PAGES_AT_ONCE = 4;

    private final MailchimpSettings settings;
    private final GuardedCalls guarded;
    private final MailchimpConnection connection;
    /** Whether the connection is this gateway's own, to close with it (outside a container). */
    private final boolean ownConnection;
    private volatile ExecutorService pageReaders;

    /** The container's, for threads with the application's context; none outside a container. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    protected MailchimpAudienceGateway() {
        this(null, null, null, false); // for the CDI proxy
    }

    @Inject
    public MailchimpAudienceGateway(MailchimpSettings settings, GuardedCalls guarded, MailchimpConnection connection) {
        this(settings, guarded, connection, false);
    }

    /** With a connection of its own, closed by {@link #disconnect()}: outside a container. */
    public MailchimpAudienceGateway(MailchimpSettings settings, GuardedCalls guarded) {
        this(settings, guarded, new MailchimpConnection(settings), true);
    }

    private MailchimpAudienceGateway(MailchimpSettings settings, GuardedCalls guarded, MailchimpConnection connection,
            boolean ownConnection) {
        this.settings = settings;
        this.guarded = guarded;
        this.connection = connection;
        this.ownConnection = ownConnection;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** The groups, and the PRODUCTS merge field the update notices segment on, created when missing. */
    @Override
    public AudienceGroups ensureGroups() {
        try {
            AudienceGroups groups = new GroupsFinder(api().interestCategories(), listId(), guarded)
                    .ensure(settings.groupNames());
            ensureProductsField();
            return groups;
        } catch (FaultToleranceException e) {
            throw busy(e);
        }
    }

    private void ensureProductsField() {
        boolean present = guarded.run(() -> api().mergeFields().mergeFields(listId(), MembersApi.MAX_PAGE))
                .mergeFields().stream().anyMatch(field -> MemberMapping.PRODUCTS.equalsIgnoreCase(field.tag()));
        if (!present) {
            guarded.run(() -> api().mergeFields().create(listId(),
                    new MergeField(MemberMapping.PRODUCTS, "Licensed products", "text")));
        }
    }

    @Override
    public BatchOutcome upsert(AudienceGroups groups, MemberBatch batch) {
        BatchRequest request = new BatchRequest(
                batch.members().stream().map(member -> MemberMapping.forBatch(groups, member)).toList(), true);
        return BatchOutcomes.of(batch, guarded(() -> api().lists().batchSubscribe(listId(), request)));
    }

    /**
     * The first page says how many members changed; the pages after it are read
     * {@value #PAGES_AT_ONCE} at a time, ahead of the caller, and handed over in their order.
     * Members that changed while the pages were read (more than the first page counted) are read
     * on after them.
     */
    @Override
    public void changedSince(AudienceGroups groups, Instant since, Consumer<List<RemoteMember>> eachPage) {
        String after = MailchimpTime.changedAtOrAfter(since);
        List<Integer> offsets = List.of(0);
        while (true) {
            List<Future<MemberPage>> reads = new ArrayList<>();
            MemberPage page = null;
            int offset = 0;
            try {
                for (int from : offsets) {
                    reads.add(offsets.size() == 1 ? CompletableFuture.completedFuture(page(after, from))
                            : pageReaders().submit(() -> page(after, from)));
                }
                for (int i = 0; i < reads.size(); i++) {
                    page = awaited(reads.get(i));
                    eachPage.accept(page.members().stream().map(member -> MemberMapping.toRemote(groups, member)).toList());
                    offset = offsets.get(i) + page.members().size();
                }
            } finally {
                reads.forEach(read -> read.cancel(true));
            }
            Integer total = page.totalItems();
            if (page.members().size() < MembersApi.MAX_PAGE || (total != null && offset >= total)) {
                return;
            }
            offsets = total == null ? List.of(offset)
                    : IntStream.iterate(offset, from -> from < total, from -> from + MembersApi.MAX_PAGE).boxed().toList();
        }
    }

    private static MemberPage awaited(Future<MemberPage> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new AudienceUnavailable("a page of members could not be read", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudienceUnavailable("interrupted while reading the members that changed", e);
        }
    }

    private MemberPage page(String after, int offset) {
        return guarded(() -> api().members().changedSince(listId(), after, MembersApi.MAX_PAGE, offset));
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
        if (ownConnection) {
            connection.disconnect();
        }
        ExecutorService readers = pageReaders;
        if (readers != null) {
            readers.shutdownNow();
        }
    }

    /** Threads of their own: waiting on Mailchimp, they take none of the executors shared with requests and jobs. */
    private ExecutorService pageReaders() {
        ExecutorService readers = pageReaders;
        if (readers == null) {
            synchronized (this) {
                readers = pageReaders;
                if (readers == null) {
                    readers = Executors.newFixedThreadPool(PAGES_AT_ONCE, threads != null ? threads : task -> {
                        Thread thread = new Thread(task, "mailchimp-pages");
                        thread.setDaemon(true);
                        return thread;
                    });
                    pageReaders = readers;
                }
            }
        }
        return readers;
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
        return connection.api();
    }
}
