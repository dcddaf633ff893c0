package org.memberportal.rest.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
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

import org.memberportal.application.jobs.JobRun;
import org.memberportal.application.jobs.ManageJobsUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** Agents run the batch jobs (audience-sync, ...) and follow their executions. */
@Path("admin/jobs")
@RequestScoped
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
    public Response start(@PathParam("jobName") String jobName, StartBody body) {
        String id = jobs.start(caller.require(), jobName, body == null ? Map.of() : body.parameters);
        return accepted(id);
    }

    @GET
    @Path("executions")
    public ListPage<ExecutionView> executions(@QueryParam("jobName") String jobName,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return ListPage.of(jobs.executions(caller.require(), jobName, Cursor.page(cursor, limit)), ExecutionView::of);
    }

    @GET
    @Path("executions/{id}")
    public ExecutionView execution(@PathParam("id") String id) {
        return ExecutionView.of(jobs.execution(caller.require(), id));
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") String id) {
        return accepted(jobs.restart(caller.require(), id));
    }

    @POST
    @Path("executions/{id}/stop")
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
