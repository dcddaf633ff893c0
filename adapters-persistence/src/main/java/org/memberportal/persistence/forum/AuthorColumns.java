package org.memberportal.persistence.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.memberportal.domain.forum.PostAuthor;

/**
 * Who wrote a topic or a post, or reported one: {@code author_*} columns (a report overrides them
 * as {@code reporter_*}). Written once with its row, never changed but by an erasure's statement.
 */
@Embeddable
public class AuthorColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    PostAuthor.Kind kind;

    @Column(name = "author_id", nullable = false, updatable = false)
    String id;

    @Column(name = "author_name", nullable = false, updatable = false)
    String name;

    protected AuthorColumns() {
    }

    static AuthorColumns of(PostAuthor author) {
        AuthorColumns columns = new AuthorColumns();
        columns.kind = author.kind();
        columns.id = author.id();
        columns.name = author.displayName();
        return columns;
    }

    PostAuthor toDomain() {
        return new PostAuthor(kind, id, name);
    }
}
