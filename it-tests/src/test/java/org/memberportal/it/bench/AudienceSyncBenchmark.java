package org.memberportal.it.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.memberportal.application.audience.AudienceGroupsCache;
import org.memberportal.application.audience.AudienceSync;
import org.memberportal.application.audience.AudienceSyncSteps;
import org.memberportal.application.audience.DesiredStates;
import org.memberportal.application.audience.Partition;
import org.memberportal.application.audience.PendingPush;
import org.memberportal.application.audience.PushCursor;
import org.memberportal.application.audience.RemoteChanges;
import org.memberportal.application.audience.SyncOutcomes;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.application.jobs.Fence;
import org.memberportal.application.notification.AudienceGroups;
import org.memberportal.application.notification.MemberOutcome;
import org.memberportal.application.notification.MemberState;
import org.memberportal.mailchimp.GuardedCalls;
import org.memberportal.mailchimp.MailchimpAudienceGateway;
import org.memberportal.mailchimp.MailchimpSettings;
import org.memberportal.mailchimp.fake.FakeMailchimp;

/**
 * Benchmark, not a test: syncs N accounts (default 100,000) to the fake Mailchimp over HTTP with
 * 50 ms latency per call, through the real sync logic (AudienceSync, PushCursor: what the job's
 * steps call) and the real Mailchimp client, with the portal's data in memory (no database, no
 * container, no Fault Tolerance). It runs the job's steps as the batch runtime would: prepare,
 * pull, then the plan of the push's partitions (ranges of account ids holding whole chunks) and
 * the partitions side by side, each in chunks of {@link AudienceSyncSteps#CHUNK} (one batch call
 * each).
 * Then a second run with no change, and the baseline most integrations use: one PUT per member on
 * 10 connections (by default on 10,000 members, extrapolated to N; -Dbench.baseline.members=N runs
 * it whole, which takes minutes).
 *
 * <pre>mvn -Dmaven.repo.local=... -Pbench verify -pl it-tests -am -DskipTests</pre>
 * Settings: -Dbench.members, -Dbench.latency.ms, -Dbench.partitions, -Dbench.baseline.members.
 */
public final class AudienceSyncBenchmark {

    private static final String KEY = "0123456789abcdef0123456789abcdef-us6";

    private AudienceSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("bench.members", 100_000);
        Duration latency = Duration.ofMillis(Long.getLong("bench.latency.ms", 50));
        int partitions = Integer.getInteger("bench.partitions", 4);
        int baselineMembers = Integer.getInteger("bench.baseline.members", Math.min(members, 10_000));
        System.out.printf(Locale.ROOT, "Audience sync benchmark: %,d accounts, %d ms per Mailchimp call, %d partitions%n",
                members, latency.toMillis(), partitions);

        try (FakeMailchimp mailchimp = new FakeMailchimp(KEY)) {
            mailchimp.latency(latency);
            BenchStore store = new BenchStore(members);
            MailchimpAudienceGateway gateway = gateway(mailchimp);
            AudienceGroupsCache groups = new AudienceGroupsCache(gateway);
            AudienceSync sync = new AudienceSync(gateway, groups, store, store,
                    new RemoteChanges(store.accountsPort(), store.companiesPort(), store.preferencesPort(),
                            store.preferencesPort(), store, Clock.systemUTC()), new SyncOutcomes(store), Clock.systemUTC());

            long firstNanos = run(sync, partitions);
            long calls = mailchimp.calls().memberWriteCalls();
            System.out.printf(Locale.ROOT, "batch sync, first run:  %,8.2f s wall, %,d member write calls (ceil(N/%d) = %,d),"
                    + " %.1f members per call, %,d members in Mailchimp, %,d refused%n", seconds(firstNanos), calls,
                    AudienceSyncSteps.CHUNK, (members + AudienceSyncSteps.CHUNK - 1) / AudienceSyncSteps.CHUNK,
                    mailchimp.calls().membersPerWriteCall(), mailchimp.members().size(), store.rejected());

            mailchimp.resetCalls();
            long secondNanos = run(sync, partitions);
            System.out.printf(Locale.ROOT, "batch sync, no change:  %,8.2f s wall, %,d member write calls%n",
                    seconds(secondNanos), mailchimp.calls().memberWriteCalls());

            baseline(store, baselineMembers, members, latency);
        }
    }

    /** The job's steps, as the batch runtime runs them, minus the runtime. */
    private static long run(AudienceSync sync, int partitions) throws Exception {
        long start = System.nanoTime();
        sync.prepare();
        sync.pull(Fence.NONE);
        ExecutorService threads = Executors.newFixedThreadPool(partitions);
        try {
            List<Future<?>> done = new ArrayList<>();
            // what the job's partition mapper does: ranges of whole chunks, the last one partial
            for (Partition partition : sync.partitions(partitions, AudienceSyncSteps.CHUNK)) {
                done.add(threads.submit(() -> push(sync, partition)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        return System.nanoTime() - start;
    }

    private static void push(AudienceSync sync, Partition partition) {
        PushCursor cursor = new PushCursor(sync, partition, null, PushCursor.SCAN);
        List<PendingPush> chunk = new ArrayList<>(AudienceSyncSteps.CHUNK);
        for (PendingPush next = cursor.next(); next != null; next = cursor.next()) {
            chunk.add(next);
            if (chunk.size() == AudienceSyncSteps.CHUNK) {
                sync.push(List.copyOf(chunk), Fence.NONE);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            sync.push(chunk, Fence.NONE);
        }
    }

    /** One PUT per member on 10 connections, to a fresh audience: the same first sync, done one by one. */
    private static void baseline(BenchStore store, int count, int members, Duration latency) throws Exception {
        try (FakeMailchimp mailchimp = new FakeMailchimp(KEY)) {
            mailchimp.latency(latency);
            MailchimpAudienceGateway gateway = gateway(mailchimp);
            AudienceGroups groups = gateway.ensureGroups();
            List<MemberState> states = store.accounts().subList(0, count).stream()
                    .map(account -> DesiredStates.of(new SyncSubject(account, "Company", null, null)))
                    .flatMap(Optional::stream).toList();
            mailchimp.resetCalls();
            AtomicLong written = new AtomicLong();
            long start = System.nanoTime();
            ExecutorService connections = Executors.newFixedThreadPool(FakeMailchimp.MAX_CONNECTIONS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (MemberState state : states) {
                    done.add(connections.submit(() -> {
                        MemberOutcome outcome = gateway.upsert(groups, state);
                        if (outcome.isWritten()) {
                            written.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                connections.shutdown();
            }
            double wall = seconds(System.nanoTime() - start);
            System.out.printf(Locale.ROOT, "baseline, PUT per member: %,8.2f s wall for %,d members, %,d member write calls,"
                    + " %.1f members per call, %,d written%n", wall, count, mailchimp.calls().memberWriteCalls(),
                    mailchimp.calls().membersPerWriteCall(), written.get());
            if (count < members) {
                System.out.printf(Locale.ROOT, "baseline extrapolated to %,d members: %,8.0f s wall, %,d member write calls%n",
                        members, wall * members / count, members);
            }
        }
    }

    private static MailchimpAudienceGateway gateway(FakeMailchimp mailchimp) {
        MailchimpSettings settings = MailchimpSettings.from(name -> Optional.ofNullable(Map.of(
                MailchimpSettings.API_KEY, mailchimp.apiKey(),
                MailchimpSettings.LIST_ID, mailchimp.listId(),
                MailchimpSettings.BASE_URL, mailchimp.baseUri().toString()).get(name)));
        return new MailchimpAudienceGateway(settings, new GuardedCalls());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
