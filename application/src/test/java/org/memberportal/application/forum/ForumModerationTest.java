package org.memberportal.application.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memberportal.application.testing.KeptById;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostAuthor;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.markdown.RenderedMarkdown;

/** The agents' moderation is in the audit trail: one event per change, none for a request that changes nothing. */
class ForumModerationTest {

    private final ServicesWorld world = new ServicesWorld();
    private final Map<String, Object> stored = new HashMap<>();
    private final ForumModeration moderation = new ForumModeration(store(Forums.class), store(Posts.class),
            store(PostReports.class), world.audit, world.clock);

    private <T> T store(Class<T> port) {
        return KeptById.port(port, stored, ForumModerationTest::idOf);
    }

    private static String idOf(Object kept) {
        if (kept instanceof Forum forum) {
            return forum.id();
        }
        if (kept instanceof Topic topic) {
            return topic.id();
        }
        return kept instanceof Post post ? post.id() : ((PostReport) kept).id();
    }

    @Test
    void eachChangeIsAuditedOnceAndAPostsTextStaysOutOfTheTrail() {
        Forum forum = moderation.create(world.agent, "Printers", "Talk");
        PostAuthor ann = new PostAuthor(PostAuthor.Kind.MEMBER, "ann", "Ann L.");
        Topic topic = Topic.start(forum, "Streaks", ann, world.clock.instant());
        Post post = Post.write(topic, ann, new RenderedMarkdown("secret text", "<p>secret text</p>", "secret text"),
                world.clock.instant());
        PostReport report = PostReport.of(post, ann, "Spam", world.clock.instant());
        stored.putAll(Map.of(topic.id(), topic, post.id(), post, report.id(), report));

        moderation.moderate(world.agent, topic.id(), true, true);
        moderation.moderate(world.agent, topic.id(), true, null);
        moderation.moderate(world.agent, topic.id(), null, false);
        moderation.hide(world.agent, post.id(), true);
        moderation.hide(world.agent, post.id(), true);
        moderation.hide(world.agent, post.id(), false);
        moderation.close(world.agent, report.id(), true);

        assertThat(world.audit.actions()).containsExactly("FORUM_CREATED", "TOPIC_PINNED", "TOPIC_LOCKED",
                "TOPIC_UNLOCKED", "POST_HIDDEN", "POST_SHOWN", "POST_REPORT_CLOSED");
        assertThat(world.audit.events).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("agent:" + world.agent.agentId().value());
            assertThat(e.companyId()).isNull();
            assertThat(String.valueOf(e.details())).doesNotContain("secret");
        });
    }
}
