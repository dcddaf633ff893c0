package org.memberportal.batch.audience;

import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many pushes run side by side: the job parameter {@code partitions}, else
 * {@code portal.audience-sync.partitions} (default 4), at most 8 so that the Mailchimp adapter's
 * 10 connections leave room for webhooks' look-ups. A restart keeps the plan of the run it restarts.
 */
@Named("audienceSyncPartitions")
@Dependent
public class PushPartitions implements PartitionMapper {

    static final int MAX = 8;

    @Inject
    @BatchProperty(name = "partitions")
    String requested;

    @Inject
    @ConfigProperty(name = "portal.audience-sync.partitions", defaultValue = "4")
    int configured;

    @Override
    public PartitionPlan mapPartitions() {
        int count = plan(requested, configured);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
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
}
