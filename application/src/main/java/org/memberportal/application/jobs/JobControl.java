package org.memberportal.application.jobs;

import java.util.Map;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;

/**
 * The batch runtime: starts, restarts and stops job executions and tells how they went. Execution
 * ids are opaque strings here. A request the runtime refuses (an unknown job, an execution that
 * cannot be restarted or is not running) comes back as a Refusal.
 */
public interface JobControl {

    /** Whether a job of this name is deployed. */
    boolean knows(String jobName);

    /** Starts the job asynchronously; answers the new execution's id. */
    String start(String jobName, Map<String, String> parameters);

    /** Restarts a failed or stopped execution from its checkpoints, with its parameters; answers the new id. */
    String restart(String executionId);

    void stop(String executionId);

    Optional<JobRun> find(String executionId);

    /** Executions newest first, of one job or of all (null); the page key is the execution id. */
    Page<JobRun> recent(String jobName, PageRequest page);
}
