package org.memberportal.domain.forum;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.TimeOrderedIds;

/** A member's report of a post to the moderators; open until an agent closes it. */
public record PostReport(String id, String postId, PostAuthor reporter, String reason, Instant createdAt,
        boolean closed) {

    public static final int MAX_REASON_LENGTH = 1_000;

    public PostReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "post");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(createdAt, "created at");
        reason = Texts.require("the reason", reason, MAX_REASON_LENGTH);
    }

    public static PostReport of(Post post, PostAuthor reporter, String reason, Instant now) {
        return new PostReport(TimeOrderedIds.next(), post.id(), reporter, reason, now, false);
    }

    public PostReport closed(boolean close) {
        return new PostReport(id, postId, reporter, reason, createdAt, close);
    }
}
