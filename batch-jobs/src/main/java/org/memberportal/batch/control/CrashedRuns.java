package org.memberportal.batch.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Marks ABANDONED a run left STARTED by an instance that died. The batch runtime cannot do it
 * alone: only the instance that runs an execution can stop it, and {@code JobOperator.abandon}
 * refuses an execution still STARTED. So the execution's rows in the job repository (the portal's
 * database, post-boot.asadmin; the runtime's default table names, no prefix or suffix) are first
 * set FAILED, as the dead instance would have, then the runtime abandons it: an abandoned run is
 * never restarted, and the next run starts afresh from what is left to do. The runtime keeps its
 * tables in a schema of its own on PostgreSQL (not on the connection's search path), so they are
 * looked up by name in the database's catalogue, whatever their schema and case.
 */
@ApplicationScoped
public class CrashedRuns {

    private static final Logger LOG = Logger.getLogger(CrashedRuns.class.getName());

    static final String EXIT_STATUS = "LEASE_LAPSED";
    private static final String STILL_RUNNING = " batchstatus in ('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    /** Abandons the execution if it is still marked running; never fails the caller's run. */
    public void abandon(long executionId) {
        try {
            if (markFailed(executionId)) {
                operator().abandon(executionId);
                LOG.warning(() -> "Execution " + executionId + " was left running by an instance that died;"
                        + " its lease ran out and it is now ABANDONED");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Execution " + executionId + ", whose lease ran out, could not be abandoned", e);
        }
    }

    boolean markFailed(long executionId) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement steps = connection.prepareStatement("update "
                    + table(connection, "stepexecutioninstancedata") + " set batchstatus = 'FAILED', exitstatus = ?,"
                    + " endtime = ? where jobexecid = ? and" + STILL_RUNNING);
                    PreparedStatement execution = connection.prepareStatement("update "
                            + table(connection, "executioninstancedata") + " set batchstatus = 'FAILED',"
                            + " exitstatus = ?, endtime = ?, updatetime = ? where jobexecid = ? and" + STILL_RUNNING)) {
                steps.setString(1, EXIT_STATUS);
                steps.setTimestamp(2, now);
                steps.setLong(3, executionId);
                steps.executeUpdate();
                execution.setString(1, EXIT_STATUS);
                execution.setTimestamp(2, now);
                execution.setTimestamp(3, now);
                execution.setLong(4, executionId);
                return execution.executeUpdate() == 1;
            }
        }
    }

    /** The job repository's table of this name, schema-qualified and quoted as the catalogue has it. */
    static String table(Connection connection, String name) throws SQLException {
        DatabaseMetaData catalogue = connection.getMetaData();
        String quote = catalogue.getIdentifierQuoteString().strip();
        try (ResultSet tables = catalogue.getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    String schema = tables.getString("TABLE_SCHEM");
                    return (schema == null ? "" : quote + schema + quote + ".") + quote + tables.getString("TABLE_NAME")
                            + quote;
                }
            }
        }
        throw new SQLException("The job repository has no table " + name);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
