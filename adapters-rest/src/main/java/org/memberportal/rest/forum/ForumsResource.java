package org.memberportal.rest.forum;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import org.memberportal.application.forum.TakePartInForumsUseCase;
import org.memberportal.application.forum.TakePartInForumsUseCase.TopicPage;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Reader;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.forum.ForumViews.ForumView;
import org.memberportal.rest.forum.ForumViews.PostView;
import org.memberportal.rest.forum.ForumViews.TopicSummary;
import org.memberportal.rest.forum.ForumViews.TopicView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The forums as every active member uses them: no company needs to be named. */
@Path("")
@Tag(name = "Forums", description = "Topics and posts shared by every customer company")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForumsResource {

    @Inject
    TakePartInForumsUseCase forums;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    /** {@code {title, body}}. */
    public static class NewTopicBody implements RequestBody {
        @NotBlank
        @Size(max = Topic.MAX_TITLE_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String title;

        @NotBlank
        @Size(max = Post.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String body;
    }

    /** {@code {body}}, and {@code version} for an edit. */
    public static class PostBody implements RequestBody {
        @NotBlank
        @Size(max = Post.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String body;

        public Long version;
    }

    /** {@code {following}}. */
    public static class FollowingBody implements RequestBody {
        @NotNull
        @Schema(required = true)
        public Boolean following;
    }

    /** {@code {reason}}. */
    public static class ReportBody implements RequestBody {
        @NotBlank
        @Size(max = PostReport.MAX_REASON_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String reason;
    }

    @GET
    @Path("forums")
    @Operation(operationId = "listForums", summary = "The forums, each with its number of topics")
    @APIResponse(responseCode = "200", description = "The forums by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ForumView")))
    public List<ForumView> forums() {
        return forums.forums(caller.reader()).stream().map(ForumView::of).toList();
    }

    @GET
    @Path("forums/{fid}/topics")
    @Operation(operationId = "listTopics", summary = "A forum's topics, pinned first, then by last activity")
    @APIResponse(responseCode = "200", description = "A page of topics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TopicSummaryPage")))
    public ListPage<TopicSummary> topics(@PathParam("fid") String forumId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(forums.topics(caller.reader(), forumId, Cursor.page(cursor, limit)), TopicSummary::of);
    }

    @POST
    @Path("forums/{fid}/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startTopic", summary = "Start a topic with its first post (Markdown)")
    @APIResponse(responseCode = "201", description = "The topic with its first post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TopicView")))
    @APIResponse(responseCode = "429", description = "too-many-attempts: the person posted their share; Retry-After says when to try again")
    public Response start(@PathParam("fid") String forumId, @Valid NewTopicBody body) {
        RequestBody.require(body);
        Reader reader = caller.reader();
        TopicPage started = forums.start(reader, forumId, body.title, body.body);
        return Response.created(uri.getBaseUriBuilder().path("topics").path(started.topic().id()).build())
                .entity(TopicView.of(started, reader)).build();
    }

    @GET
    @Path("topics/{tid}")
    @Operation(operationId = "getTopic", summary = "A topic with a page of its posts")
    @APIResponse(responseCode = "200", description = "The topic; hidden posts are left out for members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TopicView")))
    public TopicView topic(@PathParam("tid") String topicId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        Reader reader = caller.reader();
        return TopicView.of(forums.show(reader, topicId, Cursor.page(cursor, limit)), reader);
    }

    @POST
    @Path("topics/{tid}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToTopic", summary = "Reply to a topic (Markdown)")
    @APIResponse(responseCode = "201", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PostView")))
    @APIResponse(responseCode = "409", description = "topic-locked")
    @APIResponse(responseCode = "429", description = "too-many-attempts: the person posted their share; Retry-After says when to try again")
    public Response reply(@PathParam("tid") String topicId, @Valid PostBody body) {
        RequestBody.require(body);
        Reader reader = caller.reader();
        Post post = forums.reply(reader, topicId, body.body);
        return Response.created(uri.getBaseUriBuilder().path("topics").path(topicId).build())
                .entity(PostView.of(post, reader)).build();
    }

    @PATCH
    @Path("posts/{pid}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "editPost", summary = "The author's new text of their post")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PostView")))
    @APIResponse(responseCode = "403", description = "Not the post's author")
    @APIResponse(responseCode = "409", description = "stale-version: changed meanwhile")
    public Response edit(@PathParam("pid") String postId, @HeaderParam("If-Match") String ifMatch,
            @Valid PostBody body) {
        RequestBody.require(body);
        Reader reader = caller.reader();
        Post post = forums.edit(reader, postId, body.body, ReadVersion.of(body.version, ifMatch));
        return Response.ok(PostView.of(post, reader)).tag(ReadVersion.etag(post.version())).build();
    }

    @PUT
    @Path("topics/{tid}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followTopic", summary = "Follow or unfollow a topic: followers are e-mailed about each new post")
    @APIResponse(responseCode = "200", description = "{following}")
    public FollowingBody follow(@PathParam("tid") String topicId, @Valid FollowingBody body) {
        RequestBody.require(body);
        forums.follow(caller.reader(), topicId, body.following);
        return body;
    }

    @POST
    @Path("posts/{pid}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportPost", summary = "Report a post to the moderators")
    @APIResponse(responseCode = "202", description = "Reported")
    public Response report(@PathParam("pid") String postId, @Valid ReportBody body) {
        RequestBody.require(body);
        forums.report(caller.reader(), postId, body.reason);
        return Response.accepted().build();
    }
}
