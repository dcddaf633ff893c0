package org.memberportal.batch.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * database, post-boot.asadmin; the runtime's default table names, prefixed JBATCH) are first
 * set FAILED, as the dead instance would have, then the runtime abandons it: an abandoned run is
 * never restarted, and the next run starts afresh from what is left to do.
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

    private boolean markFailed(long executionId) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement steps = connection.prepareStatement("update jbatchstepexecutioninstancedata"
                    + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ? where jobexecid = ? and" + STILL_RUNNING);
                    PreparedStatement execution = connection.prepareStatement("update jbatchexecutioninstancedata"
                            + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ?"
                            + " where jobexecid = ? and" + STILL_RUNNING)) {
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

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
