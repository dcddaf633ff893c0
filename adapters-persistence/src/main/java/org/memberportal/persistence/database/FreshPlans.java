package org.memberportal.persistence.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

/**
 * Reads of a job that pages through a table while the same job fills it (the audience sync's
 * states on a first sync: empty when the run starts, a row per account when it ends) are planned
 * anew at each execution, with their values. PostgreSQL otherwise keeps the plan it made for a
 * prepared statement while the table looked empty, a scan of the whole table at every page, until
 * autovacuum next analyses it. Planning costs about a millisecond a page; the statements of a
 * request keep their prepared plans.
 */
public final class FreshPlans {

    private FreshPlans() {
    }

    /**
     * On PostgreSQL the driver's own statement, which never keeps a plan: executed and read
     * without the runtime's wrapper too, which answers a typed column ({@code getObject(int,
     * Class)}) through reflection, looking the method up at each call. Elsewhere the statement as
     * it is. The caller closes the statement it was given.
     */
    public static PreparedStatement of(PreparedStatement statement) throws SQLException {
        if (!statement.isWrapperFor(PGStatement.class)) {
            return statement;
        }
        PGStatement own = statement.unwrap(PGStatement.class);
        own.setPrepareThreshold(0);
        return (PreparedStatement) own;
    }
}
