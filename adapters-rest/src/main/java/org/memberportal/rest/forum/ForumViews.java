package org.memberportal.rest.forum;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.forum.Forums.ListedForum;
import org.memberportal.application.forum.ModerateForumsUseCase.ReportedPost;
import org.memberportal.application.forum.TakePartInForumsUseCase.TopicPage;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostAuthor;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Reader;
import org.memberportal.rest.paging.ListPage;

/**
 * The shapes of the forums in the API. An author is only their forum name and whether they are an
 * agent: no id, company or address of a member reaches another customer.
 */
public final class ForumViews {

    private ForumViews() {
    }

    @Schema(name = "ForumView")
    public record ForumView(String id, String name, String description, long topicCount) {
        static ForumView of(ListedForum listed) {
            return new ForumView(listed.forum().id(), listed.forum().name(), listed.forum().description(),
                    listed.topicCount());
        }
    }

    @Schema(name = "AuthorView", description = "A member as \"First L.\", an agent by first name")
    public record AuthorView(String displayName, boolean agent) {
        static AuthorView of(PostAuthor author) {
            return new AuthorView(author.displayName(), author.isAgent());
        }
    }

    @Schema(name = "TopicSummary")
    public record TopicSummary(String id, String title, AuthorView author, int replyCount, Instant lastActivityAt,
            boolean pinned, boolean locked) {
        static TopicSummary of(Topic t) {
            return new TopicSummary(t.id(), t.title(), AuthorView.of(t.author()), t.replyCount(), t.lastActivityAt(),
                    t.pinned(), t.locked());
        }
    }

    @Schema(name = "PostView", description = "bodyMarkdown only for the post's author; hidden only for agents")
    @JsonbNillable(false)
    public record PostView(String id, AuthorView author, String bodyHtml, String bodyMarkdown, Instant createdAt,
            Instant editedAt, long version, Boolean hidden) {
        static PostView of(Post p, Reader reader) {
            return new PostView(p.id(), AuthorView.of(p.author()), p.body().html(),
                    p.mayBeEditedBy(reader) ? p.body().markdown() : null, p.createdAt(), p.editedAt(), p.version(),
                    reader.isAgent() ? p.hidden() : null);
        }
    }

    @Schema(name = "TopicView")
    public record TopicView(String id, String forumId, String title, AuthorView author, boolean pinned,
            boolean locked, boolean following, int replyCount, Instant lastActivityAt, long version,
            ListPage<PostView> posts) {
        static TopicView of(TopicPage page, Reader reader) {
            Topic t = page.topic();
            return new TopicView(t.id(), t.forumId(), t.title(), AuthorView.of(t.author()), t.pinned(), t.locked(),
                    page.following(), t.replyCount(), t.lastActivityAt(), t.version(),
                    ListPage.of(page.posts(), p -> PostView.of(p, reader)));
        }

        static TopicView of(Topic t) {
            return new TopicView(t.id(), t.forumId(), t.title(), AuthorView.of(t.author()), t.pinned(), t.locked(),
                    false, t.replyCount(), t.lastActivityAt(), t.version(), new ListPage<>(List.of(), null));
        }
    }

    @Schema(name = "PostReportView")
    public record PostReportView(String id, String reason, AuthorView reporter, Instant createdAt, boolean closed,
            String postId, String topicId, PostView post) {
        static PostReportView of(ReportedPost reported, Reader agent) {
            PostReport r = reported.report();
            return new PostReportView(r.id(), r.reason(), AuthorView.of(r.reporter()), r.createdAt(), r.closed(),
                    r.postId(), reported.post().topicId(), PostView.of(reported.post(), agent));
        }
    }
}
