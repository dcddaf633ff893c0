package org.memberportal.persistence.database;

import jakarta.persistence.Query;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Runs bulk {@code UPDATE} and {@code DELETE} statements; every one in the portal goes through
 * here, because their row counts decide who owns a row (an outbox claim, a job lock, a coupon's
 * redemption, a token's single use).
 *
 * <p>EclipseLink parses a JPQL text once and hands the same query object to every caller of that
 * text (named queries alike), and a bulk statement keeps its row count in a field of that shared
 * object: two threads running one statement at once could each read the other's count, so that
 * one outbox row was claimed twice and another by nobody. Setting a hint first makes the query the
 * caller's own copy. The hint chosen, no batching, is what a statement whose count is read needs
 * anyway.
 */
public final class BulkStatements {

    private BulkStatements() {
    }

    /** Runs {@code statement} and answers the number of rows it changed. */
    public static int rowsChanged(Query statement) {
        return statement.setHint(QueryHints.BATCH_WRITING, HintValues.FALSE).executeUpdate();
    }
}
