package org.memberportal.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.persistence.PersistenceException;

import org.memberportal.application.refusal.ProblemCode;
import org.junit.jupiter.api.Test;

class DataConflictsTest {

    @Test
    void aUniqueKeyTheDatabaseDefendedIsAConflict() {
        Throwable postgres = new RuntimeException("commit failed",
                new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505")));
        Throwable h2 = new PersistenceException(new SQLIntegrityConstraintViolationException("Unique index", "23505"));

        assertThat(DataConflicts.codeOf(postgres)).contains(ProblemCode.CONCURRENT_CHANGE);
        assertThat(DataConflicts.codeOf(h2)).contains(ProblemCode.CONCURRENT_CHANGE);
    }

    @Test
    void otherFailuresStayUnexpected() {
        assertThat(DataConflicts.codeOf(new PersistenceException(new SQLException("connection lost", "08006")))).isEmpty();
        assertThat(DataConflicts.codeOf(new IllegalStateException("bug"))).isEmpty();
    }
}
