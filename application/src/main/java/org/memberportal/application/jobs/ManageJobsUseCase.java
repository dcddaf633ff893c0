package org.memberportal.application.jobs;

import java.util.Map;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

/** Agents run the batch jobs by hand and follow them. */
public interface ManageJobsUseCase {

    /** Starts a job; answers the execution id. An unknown job is not found. */
    String start(Caller caller, String jobName, Map<String, String> parameters);

    /** Restarts a failed or stopped execution where it stopped; answers the new execution id. */
    String restart(Caller caller, String executionId);

    void stop(Caller caller, String executionId);

    JobRun execution(Caller caller, String executionId);

    Page<JobRun> executions(Caller caller, String jobName, PageRequest page);
}
