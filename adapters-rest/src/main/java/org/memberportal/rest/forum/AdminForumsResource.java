package org.memberportal.rest.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

import org.memberportal.application.forum.Forums.ListedForum;
import org.memberportal.application.forum.ModerateForumsUseCase;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.Reader;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.forum.ForumViews.ForumView;
import org.memberportal.rest.forum.ForumViews.PostReportView;
import org.memberportal.rest.forum.ForumViews.PostView;
import org.memberportal.rest.forum.ForumViews.TopicView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The agents moderate the forums. */
@Path("admin")
@Tag(name = "Admin: forums", description = "Agents: forum categories and moderation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminForumsResource {

    @Inject
    ModerateForumsUseCase moderation;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    /** {@code {name, description}}. */
    public static class NewForumBody implements RequestBody {
        @NotBlank
        @Size(max = Forum.MAX_NAME_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String name;

        @Size(max = Forum.MAX_DESCRIPTION_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String description;
    }

    /** {@code {pinned?, locked?}}. */
    public static class TopicModeration implements RequestBody {
        public Boolean pinned;
        public Boolean locked;
    }

    /** {@code {hidden}}. */
    public static class PostModeration implements RequestBody {
        @NotNull
        @Schema(required = true)
        public Boolean hidden;
    }

    /** {@code {closed}}. */
    public static class ReportModeration implements RequestBody {
        @NotNull
        @Schema(required = true)
        public Boolean closed;
    }

    @POST
    @Path("forums")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createForum", summary = "Make a forum category")
    @APIResponse(responseCode = "201", description = "The forum",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ForumView")))
    public Response create(@Valid NewForumBody body) {
        RequestBody.require(body);
        Forum forum = moderation.create(caller.require(), body.name, body.description);
        return Response.created(uri.getBaseUriBuilder().path("forums").path(forum.id()).path("topics").build())
                .entity(ForumView.of(new ListedForum(forum, 0))).build();
    }

    @PATCH
    @Path("topics/{tid}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "moderateTopic", summary = "Pin or lock a topic (a locked topic takes no replies)")
    @APIResponse(responseCode = "200", description = "The topic, without its posts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TopicView")))
    public TopicView moderate(@PathParam("tid") String topicId, @Valid TopicModeration body) {
        RequestBody.require(body);
        Topic topic = moderation.moderate(caller.require(), topicId, body.pinned, body.locked);
        return TopicView.of(topic);
    }

    @PATCH
    @Path("posts/{pid}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "hidePost", summary = "Hide a post from members, or show it again")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PostView")))
    public PostView hide(@PathParam("pid") String postId, @Valid PostModeration body) {
        RequestBody.require(body);
        Caller agent = caller.require();
        Post post = moderation.hide(agent, postId, body.hidden);
        return PostView.of(post, Reader.of(agent));
    }

    @GET
    @Path("post-reports")
    @Operation(operationId = "listPostReports", summary = "Reports of posts with their post, newest first")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PostReportPage")))
    public ListPage<PostReportView> reports(@QueryParam("open") Boolean open, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Caller agent = caller.require();
        return ListPage.of(moderation.reports(agent, open, Cursor.page(cursor, limit)),
                r -> PostReportView.of(r, Reader.of(agent)));
    }

    @PATCH
    @Path("post-reports/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "closePostReport", summary = "Close a report (or open it again)")
    @APIResponse(responseCode = "200", description = "{closed}")
    public ReportModeration close(@PathParam("id") String reportId, @Valid ReportModeration body) {
        RequestBody.require(body);
        PostReport report = moderation.close(caller.require(), reportId, body.closed);
        body.closed = report.closed();
        return body;
    }
}
