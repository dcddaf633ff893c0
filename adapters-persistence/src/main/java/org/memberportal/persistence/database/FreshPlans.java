package org.memberportal.persistence.database;

import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reads of a job that pages through a table while the same job fills it (the audience sync's
 * states on a first sync: empty when the run starts, a row per account when it ends) are planned
 * anew at each execution, with their values written into the statement. PostgreSQL otherwise
 * keeps the plan it made for a prepared statement while the table looked empty, a scan of the
 * whole table at every page, until autovacuum next analyses it. Planning costs about a
 * millisecond a page; the statements of a request keep their prepared plans.
 */
public final class FreshPlans {

    private FreshPlans() {
    }

    public static <T> TypedQuery<T> of(TypedQuery<T> query) {
        return query.setHint(QueryHints.BIND_PARAMETERS, HintValues.FALSE);
    }
}
