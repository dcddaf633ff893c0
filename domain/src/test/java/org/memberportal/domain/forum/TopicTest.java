package org.memberportal.domain.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.identity.Reader;
import org.memberportal.domain.markdown.RenderedMarkdown;

class TopicTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final Reader.Person ada = new Reader.Person(new AccountId("ada"));
    private final Reader.Person bob = new Reader.Person(new AccountId("bob"));
    private final Reader.Agent agent = new Reader.Agent(new AgentId("agent"));
    private final Forum forum = Forum.create("Printing", "", NOW);
    private final Topic topic = Topic.start(forum, "Labels", PostAuthor.of(ada, "Ada Lovelace"), NOW);

    @Test
    void aLockedTopicTakesNoReply() {
        topic.replied(NOW.plusSeconds(1));
        topic.moderate(null, true);

        assertThrows(IllegalStateException.class, () -> topic.replied(NOW.plusSeconds(2)));
        assertEquals(1, topic.replyCount());
        assertEquals(NOW.plusSeconds(1), topic.lastActivityAt());
    }

    @Test
    void onlyItsAuthorEditsAPostAndAHiddenOneIsTheAgentsOnly() {
        Post post = Post.write(topic, PostAuthor.of(ada, "Ada Lovelace"), new RenderedMarkdown("a", "<p>a</p>", "a"),
                NOW);

        assertThrows(IllegalStateException.class, () -> post.edit(bob, new RenderedMarkdown("b", "b", "b"), NOW));
        post.edit(ada, new RenderedMarkdown("b", "<p>b</p>", "b"), NOW.plusSeconds(5));
        post.hide(true);

        assertEquals(NOW.plusSeconds(5), post.editedAt());
        assertFalse(post.isVisibleTo(ada));
        assertTrue(post.isVisibleTo(agent));
    }
}
