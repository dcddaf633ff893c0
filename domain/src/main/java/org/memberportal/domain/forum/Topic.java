package org.memberportal.domain.forum;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.TimeOrderedIds;

/**
 * A conversation in a forum: started by a member (or an agent) with its first post, answered by
 * replies. Agents pin it (listed first) and lock it (no more replies).
 */
public final class Topic {

    public static final int MAX_TITLE_LENGTH = 200;

    private final String id;
    private final String forumId;
    private final String title;
    private final PostAuthor author;
    private final Instant createdAt;
    private boolean pinned;
    private boolean locked;
    private int replyCount;
    private Instant lastActivityAt;
    private long version;

    private Topic(String id, String forumId, String title, PostAuthor author, boolean pinned, boolean locked,
            int replyCount, Instant createdAt, Instant lastActivityAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.forumId = Objects.requireNonNull(forumId, "forum");
        this.title = Texts.requireOneLine("the title", title, MAX_TITLE_LENGTH);
        this.author = Objects.requireNonNull(author, "author");
        this.pinned = pinned;
        this.locked = locked;
        this.replyCount = replyCount;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.lastActivityAt = Objects.requireNonNull(lastActivityAt, "last activity");
        this.version = version;
    }

    public static Topic start(Forum forum, String title, PostAuthor author, Instant now) {
        return new Topic(TimeOrderedIds.next(), forum.id(), title, author, false, false, 0, now, now, 0);
    }

    public static Topic restore(String id, String forumId, String title, PostAuthor author, boolean pinned,
            boolean locked, int replyCount, Instant createdAt, Instant lastActivityAt, long version) {
        return new Topic(id, forumId, title, author, pinned, locked, replyCount, createdAt, lastActivityAt, version);
    }

    /** A reply arrives; a locked topic takes none (an IllegalStateException). */
    public void replied(Instant now) {
        if (locked) {
            throw new IllegalStateException("the topic is locked");
        }
        replyCount++;
        lastActivityAt = now;
    }

    /** An agent's moderation; null leaves a flag as it is. */
    public void moderate(Boolean pin, Boolean lock) {
        if (pin != null) {
            pinned = pin;
        }
        if (lock != null) {
            locked = lock;
        }
    }

    public String id() {
        return id;
    }

    public String forumId() {
        return forumId;
    }

    public String title() {
        return title;
    }

    public PostAuthor author() {
        return author;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public int replyCount() {
        return replyCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }
}
