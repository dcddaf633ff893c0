package org.memberportal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.memberportal.it.support.PortalClient.Reply;

/** The portal's batch jobs, started and followed through the jobs API as an agent does. */
public final class Jobs {

    /** The batch statuses after which an execution changes no more. */
    private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private Jobs() {
    }

    /** Starts {@code job} with {@code body} as its parameters and answers the execution's id. */
    public static String start(PortalClient agent, String job, String body) {
        Reply started = agent.post("api/v1/admin/jobs/" + job + "/executions", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().getString("executionId");
    }

    /** Starts {@code job} without parameters and waits for its end. */
    public static JsonObject run(PortalClient agent, String job, Duration within) {
        return awaitEnd(agent, start(agent, job, "{}"), within);
    }

    /**
     * Polls until the execution has ended: its status is final and its end time written. A bound on
     * the wait, not a timed assertion.
     */
    public static JsonObject awaitEnd(PortalClient agent, String executionId, Duration within) {
        return awaitEnd(agent, executionId, Instant.now().plus(within));
    }

    /** The same, until {@code deadline}. */
    public static JsonObject awaitEnd(PortalClient agent, String executionId, Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = agent.get("api/v1/admin/jobs/executions/" + executionId).json();
            if (ended(run)) {
                return run;
            }
            Pause.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("execution " + executionId + " did not end by " + deadline);
    }

    /** True when the run's status is final and its end time written. */
    public static boolean ended(JsonObject run) {
        return ENDED.contains(run.getString("status")) && present(run, "endedAt");
    }

    /** A field of a run that the API gives (it leaves out those without a value). */
    public static boolean present(JsonObject run, String field) {
        return run.containsKey(field) && !run.isNull(field);
    }
}
