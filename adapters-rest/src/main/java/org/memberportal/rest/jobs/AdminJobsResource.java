package org.memberportal.rest.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.jobs.JobRun;
import org.memberportal.application.jobs.ManageJobsUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.problem.Problems;

/** Agents run the batch jobs (audience-sync, ...) and follow their executions. */
@Path("admin/jobs")
@Tag(name = "Admin: jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminJobsResource {

    @Inject
    ManageJobsUseCase jobs;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    /** Optional: {@code {parameters: {name: value}}}, e.g. {@code {"partitions": "1"}} for audience-sync. */
    public static class StartBody implements RequestBody {
        public Map<String, String> parameters;
    }

    @Schema(name = "JobStarted")
    public record Started(String executionId) {
    }

    public record StepView(String name, String status, String exitStatus, Instant startedAt, Instant endedAt,
            long readCount, long writeCount, long skipCount, long commitCount, long rollbackCount) {

        static StepView of(JobRun.StepRun step) {
            return new StepView(step.name(), step.status(), step.exitStatus(), step.startedAt(), step.endedAt(),
                    step.readCount(), step.writeCount(), step.skipCount(), step.commitCount(), step.rollbackCount());
        }
    }

    /** Where the run is: its latest step, and each step so far. */
    public record Progress(String currentStep, List<StepView> steps) {
    }

    @Schema(name = "ExecutionView")
    public record ExecutionView(String id, String jobName, String status, String exitStatus, Instant startedAt,
            Instant endedAt, long readCount, long writeCount, long skipCount, Progress progress) {

        static ExecutionView of(JobRun run) {
            List<StepView> steps = run.steps().stream().map(StepView::of).toList();
            String current = steps.isEmpty() ? null : steps.get(steps.size() - 1).name();
            return new ExecutionView(run.id(), run.jobName(), run.status(), run.exitStatus(), run.startedAt(),
                    run.endedAt(), run.readCount(), run.writeCount(), run.skipCount(), new Progress(current, steps));
        }
    }

    /** The body may be left out: no Content-Type is needed then. */
    @POST
    @Path("{jobName}/executions")
    @Operation(operationId = "startJob", summary = "Start a job (audience-sync or coverage-audit)")
    @APIResponse(responseCode = "202", description = "Started; Location is the execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobStarted")))
    public Response start(@PathParam("jobName") String jobName, StartBody body) {
        String id = jobs.start(caller.require(), jobName, body == null ? Map.of() : body.parameters);
        return accepted(id);
    }

    @GET
    @Path("executions")
    @Operation(operationId = "listJobExecutions", summary = "Job executions, newest first")
    @APIResponse(responseCode = "200", description = "A page of executions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionPage")))
    public ListPage<ExecutionView> executions(@QueryParam("jobName") String jobName,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(jobs.executions(caller.require(), jobName, Cursor.page(cursor, limit)), ExecutionView::of);
    }

    @GET
    @Path("executions/{id}")
    @Operation(operationId = "getJobExecution", summary = "A job execution with its progress")
    @APIResponse(responseCode = "200", description = "The execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionView")))
    public ExecutionView execution(@PathParam("id") String id) {
        return ExecutionView.of(jobs.execution(caller.require(), id));
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(operationId = "restartJobExecution", summary = "Restart a failed or stopped execution")
    @APIResponse(responseCode = "202", description = "Restarted; Location is the new execution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobStarted")))
    @APIResponse(responseCode = "409", description = "not-restartable: only the latest execution of a run, failed or stopped, restarts")
    public Response restart(@PathParam("id") String id) {
        return accepted(jobs.restart(caller.require(), id));
    }

    @POST
    @Path("executions/{id}/stop")
    // no body on success: a client that accepts only problem+json (its errors) is answered too
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON_TYPE})
    @Operation(operationId = "stopJobExecution", summary = "Stop a running execution")
    @APIResponse(responseCode = "202", description = "Asked to stop")
    @APIResponse(responseCode = "409", description = "not-running: the execution is not running")
    public Response stop(@PathParam("id") String id) {
        jobs.stop(caller.require(), id);
        return Response.accepted().build();
    }

    private Response accepted(String executionId) {
        return Response.accepted(new Started(executionId))
                .location(uri.getBaseUriBuilder().path("admin/jobs/executions").path(executionId).build())
                .build();
    }
}
