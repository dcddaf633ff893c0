package org.memberportal.application.forum;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.forum.Post;

/** The posts of the forums' topics. */
public interface Posts {

    Post add(Post post);

    /** Saves a changed post; a {@code stale-version} conflict when it changed since it was read. */
    Post update(Post post);

    Optional<Post> findPost(String id);

    /** The topic's posts, oldest first; hidden ones only when {@code withHidden}. */
    Page<Post> of(String topicId, boolean withHidden, PageRequest page);

    /** Every post of a person, for the export of their data. */
    List<Post> postsBy(String authorId);
}
