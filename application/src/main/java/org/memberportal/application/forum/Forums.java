package org.memberportal.application.forum;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Topic;

/** The forums and their topics. */
public interface Forums {

    void add(Forum forum);

    Optional<Forum> findForum(String id);

    /** Every forum with its number of topics, by name. */
    List<ListedForum> all();

    Topic add(Topic topic);

    /** Saves a changed topic (a reply counted, moderated); a {@code stale-version} conflict when it changed meanwhile. */
    Topic update(Topic topic);

    Optional<Topic> findTopic(String id);

    /** The forum's topics: pinned first, then by last activity, newest first; paged by position. */
    Page<Topic> topics(String forumId, PageRequest page);

    /** The topics a person started, for the export of their data. */
    List<Topic> topicsBy(String authorId);

    record ListedForum(Forum forum, long topicCount) {
    }
}
