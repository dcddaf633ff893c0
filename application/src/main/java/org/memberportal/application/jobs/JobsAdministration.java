package org.memberportal.application.jobs;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;

/**
 * Agents' hands on the batch jobs. Outside any transaction: the batch runtime writes its job
 * repository in the portal's database on its own, and a job must not wait for a transaction of
 * ours; the audit events commit on their own ({@link JobAudit}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobsAdministration implements ManageJobsUseCase {

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9 ._:,-]{0,200}");
    private static final int MAX_PARAMETERS = 20;

    private final JobControl jobs;
    private final JobAudit audit;
    private final Clock clock;

    protected JobsAdministration() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public JobsAdministration(JobControl jobs, JobAudit audit, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String start(Caller caller, String jobName, Map<String, String> parameters) {
        Authorization.requireAgent(caller);
        if (!JobNames.isWellFormed(jobName) || !jobs.knows(jobName)) {
            throw Refusal.notFound("the job");
        }
        Map<String, String> checked = checked(parameters);
        String id = jobs.start(jobName, checked);
        audit.record(AuditEvent.of(caller, "JOB_STARTED", null, jobName, "execution " + id
                + (checked.isEmpty() ? "" : " with " + checked), clock.instant()));
        return id;
    }

    @Override
    public String restart(Caller caller, String executionId) {
        Authorization.requireAgent(caller);
        JobRun run = find(executionId);
        String id = jobs.restart(run.id());
        audit.record(AuditEvent.of(caller, "JOB_RESTARTED", null, run.jobName(), "execution " + run.id()
                + " restarted as " + id, clock.instant()));
        return id;
    }

    @Override
    public void stop(Caller caller, String executionId) {
        Authorization.requireAgent(caller);
        JobRun run = find(executionId);
        jobs.stop(run.id());
        audit.record(AuditEvent.of(caller, "JOB_STOPPED", null, run.jobName(), "execution " + run.id(),
                clock.instant()));
    }

    @Override
    public JobRun execution(Caller caller, String executionId) {
        Authorization.requireAgent(caller);
        return find(executionId);
    }

    @Override
    public Page<JobRun> executions(Caller caller, String jobName, PageRequest page) {
        Authorization.requireAgent(caller);
        return jobs.recent(jobName, page);
    }

    private JobRun find(String executionId) {
        return jobs.find(executionId).orElseThrow(() -> Refusal.notFound("the job execution"));
    }

    private static Map<String, String> checked(Map<String, String> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return Map.of();
        }
        if (parameters.size() > MAX_PARAMETERS) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "At most " + MAX_PARAMETERS + " job parameters.");
        }
        parameters.forEach((name, value) -> {
            if (!JobNames.isWellFormed(name) || value == null || !VALUE.matcher(value).matches()) {
                throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Job parameters are short names with plain values.");
            }
        });
        return Map.copyOf(parameters);
    }
}
