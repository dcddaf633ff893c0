package org.memberportal.application.forum;

import java.util.List;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Reader;

/** The forums as every active member (and every agent) reads and writes them. */
public interface TakePartInForumsUseCase {

    List<Forums.ListedForum> forums(Reader reader);

    /** Pinned first, then by last activity; not found for a forum that does not exist. */
    Page<Topic> topics(Reader reader, String forumId, PageRequest page);

    /** A new topic with its first post; its author follows it. */
    TopicPage start(Reader reader, String forumId, String title, String bodyMarkdown);

    /** The topic and a page of its posts (hidden ones for agents only), and whether the reader follows it. */
    TopicPage show(Reader reader, String topicId, PageRequest page);

    /** A reply; refused for a locked topic. Its author follows the topic. */
    Post reply(Reader reader, String topicId, String bodyMarkdown);

    /** The author's new text of their post, from the version they read. */
    Post edit(Reader reader, String postId, String bodyMarkdown, long version);

    void follow(Reader reader, String topicId, boolean following);

    void report(Reader reader, String postId, String reason);

    record TopicPage(Topic topic, boolean following, Page<Post> posts) {
    }
}
