package org.memberportal.domain.forum;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.identity.Reader;
import org.memberportal.domain.markdown.RenderedMarkdown;

/**
 * One message of a topic, in Markdown (shown rendered and sanitized). Only its author edits it; an
 * agent hides it, and a hidden post is gone for members while agents still see it.
 */
public final class Post {

    public static final int MAX_BODY_LENGTH = 20_000;

    private final String id;
    private final String topicId;
    private final PostAuthor author;
    private final Instant createdAt;
    private RenderedMarkdown body;
    private boolean hidden;
    private Instant editedAt;
    private long version;

    private Post(String id, String topicId, PostAuthor author, RenderedMarkdown body, boolean hidden,
            Instant createdAt, Instant editedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.topicId = Objects.requireNonNull(topicId, "topic");
        this.author = Objects.requireNonNull(author, "author");
        this.body = checked(body);
        this.hidden = hidden;
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.editedAt = editedAt;
        this.version = version;
    }

    public static Post write(Topic topic, PostAuthor author, RenderedMarkdown body, Instant now) {
        return new Post(TimeOrderedIds.next(), topic.id(), author, body, false, now, null, 0);
    }

    public static Post restore(String id, String topicId, PostAuthor author, RenderedMarkdown body, boolean hidden,
            Instant createdAt, Instant editedAt, long version) {
        return new Post(id, topicId, author, body, hidden, createdAt, editedAt, version);
    }

    public boolean mayBeEditedBy(Reader reader) {
        return author.is(reader);
    }

    /** The author's new text. */
    public void edit(Reader by, RenderedMarkdown newBody, Instant now) {
        if (!mayBeEditedBy(by)) {
            throw new IllegalStateException("only its author edits a post");
        }
        this.body = checked(newBody);
        this.editedAt = now;
    }

    /** The post as its author read it, at {@code readVersion}: saving it is refused as stale when it moved on since. */
    public Post readAt(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public void hide(boolean hide) {
        this.hidden = hide;
    }

    /** Members never see a hidden post; agents do. */
    public boolean isVisibleTo(Reader reader) {
        return !hidden || reader.isAgent();
    }

    private static RenderedMarkdown checked(RenderedMarkdown body) {
        Objects.requireNonNull(body, "body");
        Texts.require("the post", body.markdown(), MAX_BODY_LENGTH);
        return body;
    }

    public String id() {
        return id;
    }

    public String topicId() {
        return topicId;
    }

    public PostAuthor author() {
        return author;
    }

    public RenderedMarkdown body() {
        return body;
    }

    public boolean hidden() {
        return hidden;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public long version() {
        return version;
    }
}
