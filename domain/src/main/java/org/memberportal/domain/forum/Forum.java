package org.memberportal.domain.forum;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.TimeOrderedIds;

/** A category of the forums, made by agents; members start topics in it. */
public record Forum(String id, String name, String description, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1_000;

    public Forum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "created at");
        name = Texts.requireOneLine("the name", name, MAX_NAME_LENGTH);
        description = description == null || description.isBlank() ? ""
                : Texts.require("the description", description, MAX_DESCRIPTION_LENGTH);
    }

    public static Forum create(String name, String description, Instant now) {
        return new Forum(TimeOrderedIds.next(), name, description, now);
    }
}
