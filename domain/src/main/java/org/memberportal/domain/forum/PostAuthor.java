package org.memberportal.domain.forum;

import java.util.Objects;

import org.memberportal.domain.identity.Reader;

/** Who wrote a topic or a post: their kind and id (for "is it mine"), and the name the forums show. */
public record PostAuthor(Kind kind, String id, String displayName) {

    public enum Kind {
        MEMBER, AGENT
    }

    public PostAuthor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "display name");
    }

    /** The reader as an author, shown by the forums' rule ({@link ForumName}). */
    public static PostAuthor of(Reader reader, String fullName) {
        return reader instanceof Reader.Person person
                ? new PostAuthor(Kind.MEMBER, person.accountId().value(), ForumName.ofMember(fullName))
                : new PostAuthor(Kind.AGENT, ((Reader.Agent) reader).agentId().value(), ForumName.ofAgent(fullName));
    }

    public boolean is(Reader reader) {
        return reader instanceof Reader.Person person
                ? kind == Kind.MEMBER && id.equals(person.accountId().value())
                : kind == Kind.AGENT && id.equals(((Reader.Agent) reader).agentId().value());
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }
}
