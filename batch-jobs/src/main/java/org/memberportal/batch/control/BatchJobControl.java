package org.memberportal.batch.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.memberportal.application.jobs.JobControl;
import org.memberportal.application.jobs.JobNames;
import org.memberportal.application.jobs.JobRun;
import org.memberportal.application.jobs.JobRun.StepRun;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/**
 * The batch runtime's JobOperator behind the application's JobControl. Its job repository is the
 * portal's own database (post-boot.asadmin), so executions and their checkpoints outlive a restart
 * of the portal, and every instance sees them.
 */
@ApplicationScoped
public class BatchJobControl implements JobControl {

    /** Instances looked at per job for the list of recent executions. */
    static final int RECENT_INSTANCES = 200;

    @Override
    public boolean knows(String jobName) {
        return JobNames.isWellFormed(jobName)
                && BatchJobControl.class.getClassLoader().getResource("META-INF/batch-jobs/" + jobName + ".xml") != null;
    }

    @Override
    public String start(String jobName, Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return Long.toString(operator().start(jobName, properties));
    }

    @Override
    public String restart(String executionId) {
        long id = idOf(executionId);
        try {
            return Long.toString(operator().restart(id, operator().getParameters(id)));
        } catch (NoSuchJobExecutionException e) {
            throw Refusal.notFound("the job execution");
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            throw Refusal.conflict(ProblemCode.NOT_RESTARTABLE,
                    "Only the latest execution of a run, failed or stopped, can be restarted.");
        }
    }

    @Override
    public void stop(String executionId) {
        try {
            operator().stop(idOf(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw Refusal.notFound("the job execution");
        } catch (JobExecutionNotRunningException e) {
            throw Refusal.conflict(ProblemCode.NOT_RUNNING, "The execution is not running.");
        }
    }

    @Override
    public Optional<JobRun> find(String executionId) {
        long id;
        try {
            id = Long.parseLong(executionId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(runOf(operator().getJobExecution(id)));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public Page<JobRun> recent(String jobName, PageRequest page) {
        JobOperator operator = operator();
        Set<String> names = jobName == null ? operator.getJobNames() : Set.of(jobName);
        Long after = page.after() == null ? null : idOf(page.after());
        List<JobExecution> executions = new ArrayList<>();
        for (String name : names) {
            for (JobInstance instance : instancesOf(operator, name)) {
                executions.addAll(operator.getJobExecutions(instance));
            }
        }
        List<JobRun> rows = executions.stream()
                .filter(execution -> after == null || execution.getExecutionId() < after)
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(page.limit() + 1L)
                .map(this::runOf)
                .toList();
        return Page.fromOverfetched(rows, page.limit(), JobRun::id);
    }

    private static List<JobInstance> instancesOf(JobOperator operator, String name) {
        try {
            return operator.getJobInstances(name, 0, RECENT_INSTANCES);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private JobRun runOf(JobExecution execution) {
        List<StepRun> steps = operator().getStepExecutions(execution.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(BatchJobControl::stepOf)
                .toList();
        return new JobRun(Long.toString(execution.getExecutionId()), execution.getJobName(),
                execution.getBatchStatus() == null ? null : execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                steps.stream().mapToLong(StepRun::readCount).sum(), steps.stream().mapToLong(StepRun::writeCount).sum(),
                steps.stream().mapToLong(StepRun::skipCount).sum(), steps);
    }

    private static StepRun stepOf(StepExecution step) {
        Metric[] metrics = step.getMetrics() == null ? new Metric[0] : step.getMetrics();
        return new StepRun(step.getStepName(), step.getBatchStatus() == null ? null : step.getBatchStatus().name(),
                step.getExitStatus(), instant(step.getStartTime()), instant(step.getEndTime()),
                metric(metrics, Metric.MetricType.READ_COUNT), metric(metrics, Metric.MetricType.WRITE_COUNT),
                metric(metrics, Metric.MetricType.READ_SKIP_COUNT) + metric(metrics, Metric.MetricType.PROCESS_SKIP_COUNT)
                        + metric(metrics, Metric.MetricType.WRITE_SKIP_COUNT),
                metric(metrics, Metric.MetricType.COMMIT_COUNT), metric(metrics, Metric.MetricType.ROLLBACK_COUNT));
    }

    private static long metric(Metric[] metrics, Metric.MetricType type) {
        for (Metric metric : metrics) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static long idOf(String executionId) {
        try {
            return Long.parseLong(executionId);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("the job execution");
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
