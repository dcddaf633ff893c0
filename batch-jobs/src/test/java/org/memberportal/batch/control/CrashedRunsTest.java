package org.memberportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dead instance's run set FAILED in the job repository's tables, found wherever the batch runtime
 * put them: on PostgreSQL its tables are not on the connection's search path, here they sit in a
 * schema of their own too.
 */
class CrashedRunsTest {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final CrashedRuns crashed = new CrashedRuns();

    @BeforeEach
    void repository() throws SQLException {
        h2.setURL("jdbc:h2:mem:crashed-runs;DB_CLOSE_DELAY=-1");
        crashed.database = h2;
        run("drop schema if exists jbatch cascade");
        run("create schema jbatch");
        run("create table jbatch.executioninstancedata (jobexecid bigint primary key, batchstatus varchar(512),"
                + " exitstatus varchar(512), endtime timestamp, updatetime timestamp)");
        run("create table jbatch.stepexecutioninstancedata (stepexecid bigint primary key, jobexecid bigint,"
                + " batchstatus varchar(512), exitstatus varchar(512), endtime timestamp)");
        run("insert into jbatch.executioninstancedata (jobexecid, batchstatus) values (21, 'STARTED'), (22, 'COMPLETED')");
        run("insert into jbatch.stepexecutioninstancedata (stepexecid, jobexecid, batchstatus)"
                + " values (1, 21, 'COMPLETED'), (2, 21, 'STARTED')");
    }

    @Test
    void aRunLeftStartedIsSetFailedWithItsRunningStepsAndAnEndedOneIsLeftAlone() throws SQLException {
        assertThat(crashed.markFailed(21)).isTrue();
        assertThat(crashed.markFailed(21)).as("once").isFalse();
        assertThat(crashed.markFailed(22)).as("it had ended").isFalse();

        assertThat(one("select batchstatus || ' ' || exitstatus from jbatch.executioninstancedata where jobexecid = 21"))
                .isEqualTo("FAILED " + CrashedRuns.EXIT_STATUS);
        assertThat(one("select batchstatus from jbatch.stepexecutioninstancedata where stepexecid = 1"))
                .isEqualTo("COMPLETED");
        assertThat(one("select batchstatus from jbatch.stepexecutioninstancedata where stepexecid = 2"))
                .isEqualTo("FAILED");
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
