package org.memberportal.persistence.database;

import java.io.Serializable;
import java.util.Objects;

/**
 * The key of a row that is one person's mark on one thing (a vote on an article, the following of
 * a topic): entities keyed by it name their two id fields {@code subjectId} and {@code accountId}.
 */
public class PersonalKey implements Serializable {

    private static final long serialVersionUID = 1L;

    String subjectId;
    String accountId;

    public PersonalKey() {
    }

    public PersonalKey(String subjectId, String accountId) {
        this.subjectId = subjectId;
        this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalKey key && Objects.equals(subjectId, key.subjectId)
                && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectId, accountId);
    }
}
