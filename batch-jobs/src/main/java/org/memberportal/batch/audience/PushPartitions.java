package org.memberportal.batch.audience;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.audience.Partition;
import org.memberportal.application.audience.AudienceSyncSteps;

/**
 * Cuts the accounts to push into contiguous id ranges, each but the last holding whole chunks of
 * {@link AudienceSyncSteps#CHUNK}, so that a full sync makes ceil(N / chunk) batch calls; the
 * chunk is handed to the step's {@code item-count} as the partition property {@code chunk}. How
 * many pushes run side by side: the job parameter {@code partitions}, else
 * {@code portal.audience-sync.partitions}, at most 8 so that the Mailchimp adapter's 10
 * connections leave room for webhooks' look-ups; fewer when there are fewer chunks.
 *
 * <p>A restart keeps the plan of the run it restarts: the runtime calls the mapper again, and a
 * plan made anew from the accounts still pending would no longer match the partitions'
 * checkpoints. So the cuts are kept in the step's persistent user data and taken from there.
 */
@Named("audienceSyncPartitions")
@Dependent
public class PushPartitions implements PartitionMapper {

    static final int MAX = 8;

    @Inject
    AudienceSyncSteps sync;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "partitions")
    String requested;

    @Inject
    @ConfigProperty(name = "portal.audience-sync.partitions")
    int configured;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> kept = keptCuts(step.getPersistentUserData());
        List<Partition> shares;
        if (kept != null) {
            shares = Partition.cutAt(kept);
        } else {
            shares = sync.partitions(plan(requested, configured), AudienceSyncSteps.CHUNK);
            step.setPersistentUserData(cutsOf(shares));
        }
        Properties[] properties = new Properties[shares.size()];
        for (int i = 0; i < shares.size(); i++) {
            properties[i] = new Properties();
            // a missing property reads as blank: from the first account, or to the last
            properties[i].setProperty("after", Objects.requireNonNullElse(shares.get(i).after(), ""));
            properties[i].setProperty("upTo", Objects.requireNonNullElse(shares.get(i).upTo(), ""));
            properties[i].setProperty("chunk", Integer.toString(AudienceSyncSteps.CHUNK));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(shares.size());
        plan.setThreads(shares.size());
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }

    /** The requested count when it is a number, else the configured one; 1 to {@value #MAX}. */
    static int plan(String requested, int configured) {
        int count = configured;
        if (requested != null && !requested.isBlank()) {
            try {
                count = Integer.parseInt(requested.strip());
            } catch (NumberFormatException e) {
                count = configured;
            }
        }
        return Math.max(1, Math.min(MAX, count));
    }

    /**
     * The ids the plan is cut at, as the batch runtime stores it: a JDK type only, which the
     * runtime reads back whatever class loader it deserializes with.
     */
    static ArrayList<String> cutsOf(List<Partition> shares) {
        ArrayList<String> cuts = new ArrayList<>();
        shares.stream().map(Partition::upTo).filter(Objects::nonNull).forEach(cuts::add);
        return cuts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> keptCuts(Serializable persisted) {
        return persisted instanceof ArrayList<?> kept ? (List<String>) kept : null;
    }
}
