package org.memberportal.application.audience;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.jobs.Fence;
import org.memberportal.application.jobs.LeaseLost;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;

/**
 * The two-way audience sync. Pull: the members Mailchimp changed since the start of the
 * last complete pull, each taken in by {@link RemoteChanges} in a transaction of its own. Push: the
 * accounts whose desired state's hash differs from the one last sent, a chunk in one batch call
 * made outside any transaction, the chunk's outcomes recorded on the accounts' sync states in one
 * transaction behind the run's fence. A
 * member Mailchimp refuses for good keeps its refusal and the refused state's hash, so it is not
 * sent again until its data changes; a member Mailchimp's answer does not mention stays pending.
 */
@ApplicationScoped
@Transactional
public class AudienceSync implements AudienceSyncSteps {

    private static final Logger LOG = Logger.getLogger(AudienceSync.class.getName());

    /** Members the pull sorts from echoes at once: one look-up each, the size of one page Mailchimp returns. */
    static final int PULL_PAGE = 1000;

    /** How often a member's news (pull) or a chunk's outcomes (push) are tried when another writer got in between. */
    static final int ATTEMPTS = 3;

    private final AudienceGateway gateway;
    private final AudienceGroupsCache groups;
    private final SyncStates states;
    private final SyncMarks marks;
    private final RemoteChanges remoteChanges;
    private final SyncOutcomes outcomes;
    private final Clock clock;

    protected AudienceSync() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public AudienceSync(AudienceGateway gateway, AudienceGroupsCache groups, SyncStates states, SyncMarks marks,
            RemoteChanges remoteChanges, SyncOutcomes outcomes, Clock clock) {
        this.gateway = gateway;
        this.groups = groups;
        this.states = states;
        this.marks = marks;
        this.remoteChanges = remoteChanges;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean isConfigured() {
        return gateway.isConfigured();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void prepare() {
        groups.refresh();
    }

    /**
     * Outside any transaction: each page Mailchimp answers is taken in while the next ones are
     * read, each member on its own. A
     * member whose transaction fails (someone else changed its preferences or sync state in
     * between: a member's request, the webhook, on any instance) is taken in again from what is
     * stored then, up to {@value #ATTEMPTS} times, since taking news in is idempotent. A run whose
     * lease was taken over stops at once ({@link LeaseLost}): the run that holds the lease now does
     * the work. What still fails is left to the next pull, in one log line for the whole pull.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PullReport pull(Fence fence) {
        Instant started = clock.instant();
        PullTally tally = new PullTally();
        gateway.changedSince(groups.groups(), marks.lastPull().orElse(Instant.EPOCH), changed -> {
            for (int from = 0; from < changed.size(); from += PULL_PAGE) {
                for (RemoteMember member : remoteChanges.withoutEchoes(
                        changed.subList(from, Math.min(from + PULL_PAGE, changed.size())))) {
                    tally.add(member, fence);
                }
            }
            tally.read += changed.size();
        });
        if (tally.firstFailure != null) {
            LOG.log(Level.WARNING, tally.failed + " of the " + tally.read + " members changed in Mailchimp could not"
                    + " be taken in; the next pull tries them again. The first failure:", tally.firstFailure);
        }
        if (tally.failed == 0) {
            // the next pull starts where this one did: what changed while it ran is read again, harmlessly
            fence.check();
            marks.pulled(started);
        }
        return new PullReport(tally.read, tally.applied, tally.failed);
    }

    /** What a pull did so far: each page is taken in as it arrives, while the next ones are read. */
    private final class PullTally {
        int read;
        int applied;
        int failed;
        RuntimeException firstFailure;

        void add(RemoteMember member, Fence fence) {
            try {
                if (takeIn(member, fence) == RemoteChanges.Outcome.APPLIED) {
                    applied++;
                }
            } catch (LeaseLost e) {
                throw e;
            } catch (RuntimeException e) {
                failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
    }

    private RemoteChanges.Outcome takeIn(RemoteMember member, Fence fence) {
        for (int attempt = 1;; attempt++) {
            try {
                return remoteChanges.apply(member, ConsentSource.MAILCHIMP_PULL, fence);
            } catch (LeaseLost e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.FINE, "A member changed in Mailchimp is taken in again", e);
            }
        }
    }

    /**
     * One scan of every account that keeps only the ids ending a chunk; the plan is cut at some of
     * them, the chunks shared out evenly. The first share starts after the accounts up to the
     * first pending one, so the pushes do not scan again what this scan found unchanged (on a run
     * with nothing to send, they scan nothing). Outside any transaction: one persistence context
     * would otherwise hold every account at once.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Partition> partitions(int most, int chunk) {
        List<String> chunkEnds = new ArrayList<>();
        long pending = 0;
        String unchangedUpTo = null;
        String after = null;
        List<SyncSubject> page;
        do {
            page = states.subjectsAfter(after, PushCursor.SCAN);
            for (SyncSubject subject : page) {
                if (pendingOf(subject).isPresent()) {
                    if (++pending % chunk == 0) {
                        chunkEnds.add(subject.account().id().value());
                    }
                } else if (pending == 0) {
                    unchangedUpTo = subject.account().id().value();
                }
            }
            after = page.isEmpty() ? after : lastId(page);
        } while (page.size() == PushCursor.SCAN);
        int chunks = Math.toIntExact((pending + chunk - 1) / chunk);
        int shares = Math.max(1, Math.min(most, chunks));
        List<String> cuts = new ArrayList<>();
        for (int share = 1; share < shares; share++) {
            // a whole chunk's last account: only the last chunk of all may be partial
            cuts.add(chunkEnds.get(chunks * share / shares - 1));
        }
        List<Partition> plan = new ArrayList<>(Partition.cutAt(cuts));
        if (unchangedUpTo != null) {
            plan.set(0, new Partition(unchangedUpTo, plan.get(0).upTo()));
        }
        return List.copyOf(plan);
    }

    /** Outside any transaction (the chunk's holds no connection while Mailchimp is called): one read per scan. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Candidates candidates(String afterAccountId, int scan, Partition partition) {
        List<SyncSubject> subjects = states.subjectsAfter(afterAccountId, scan);
        List<PendingPush> pending = new ArrayList<>();
        for (SyncSubject subject : subjects) {
            if (partition.contains(subject.account().id().value())) {
                pendingOf(subject).ifPresent(pending::add);
            }
        }
        String last = subjects.isEmpty() ? null : lastId(subjects);
        return new Candidates(pending, last, subjects.size() < scan || partition.endsBy(last));
    }

    private static String lastId(List<SyncSubject> subjects) {
        return subjects.get(subjects.size() - 1).account().id().value();
    }

    private static Optional<PendingPush> pendingOf(SyncSubject subject) {
        return PendingPush.of(subject);
    }

    /**
     * Outside any transaction: the batch call first, so that no database connection waits on
     * Mailchimp; then the chunk's outcomes in one transaction of {@link SyncOutcomes}, behind the
     * run's fence. A member Mailchimp's answer does not mention stays pending.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PushReport push(List<PendingPush> chunk, Fence fence) {
        List<PendingPush> sendable = onePerAddress(chunk);
        if (sendable.isEmpty()) {
            return new PushReport(0, 0, 0);
        }
        BatchOutcome outcome = gateway.upsert(groups.groups(),
                MemberBatch.of(sendable.stream().map(PendingPush::desired).toList()));
        Instant now = clock.instant();
        Map<String, MemberOutcome> byAddress = new HashMap<>();
        outcome.outcomes().forEach(result -> byAddress.putIfAbsent(result.email().key(), result));
        Map<AccountId, UnaryOperator<SyncState>> recorded = new LinkedHashMap<>();
        Map<AccountId, SyncState> read = new LinkedHashMap<>();
        int written = 0;
        int rejected = 0;
        for (PendingPush push : sendable) {
            MemberState desired = push.desired();
            MemberOutcome result = byAddress.getOrDefault(desired.email().key(),
                    MemberOutcome.unconfirmed(desired.email()));
            if (result.isWritten()) {
                recorded.put(push.prior().accountId(), state -> state.pushed(desired, push.hash(), now));
                written++;
            } else if (result.result() == MemberOutcome.Result.REJECTED) {
                recorded.put(push.prior().accountId(),
                        state -> state.rejected(push.hash(), result.reason(), result.detail(), now));
                rejected++;
            } else {
                continue;
            }
            read.put(push.prior().accountId(), push.prior());
        }
        record(recorded, read, fence);
        return new PushReport(written, rejected, sendable.size() - written - rejected);
    }

    /**
     * Each outcome is what Mailchimp holds now, applied to the member's state as stored: a state
     * someone else wrote since the chunk read it (the webhook, on any instance) is read again and
     * the outcome applied to that, so neither write is lost. A row someone else adds for a member the
     * chunk read without one fails the batch, which is then written again from what is stored.
     */
    private void record(Map<AccountId, UnaryOperator<SyncState>> outcomesOf, Map<AccountId, SyncState> read,
            Fence fence) {
        Map<AccountId, SyncState> base = read;
        for (int attempt = 1;; attempt++) {
            List<SyncState> batch = base.entrySet().stream()
                    .map(entry -> outcomesOf.get(entry.getKey()).apply(entry.getValue())).toList();
            List<AccountId> movedOn;
            try {
                movedOn = outcomes.record(batch, fence);
            } catch (Refusal refused) {
                if (refused.problem() != ProblemCode.STALE_VERSION || attempt == ATTEMPTS) {
                    throw refused;
                }
                movedOn = List.copyOf(base.keySet());
            }
            if (movedOn.isEmpty()) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw Refusal.staleVersion();
            }
            base = new LinkedHashMap<>();
            for (AccountId account : movedOn) {
                base.put(account, states.find(account).orElseGet(() -> SyncState.none(account)));
            }
        }
    }

    /**
     * A batch may name an address once. Two accounts wanting one address (possible only after an
     * address changed in Mailchimp) are sent one per run; the other waits, still pending.
     */
    private static List<PendingPush> onePerAddress(List<PendingPush> chunk) {
        Set<String> seen = new HashSet<>();
        List<PendingPush> sendable = new ArrayList<>();
        for (PendingPush push : chunk) {
            if (seen.add(push.desired().email().key())) {
                sendable.add(push);
            }
        }
        return sendable;
    }
}
