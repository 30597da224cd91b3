package io.aitbc.batch.recovery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The batch runtime's job repository (Payara's JBatch tables, on the application's pool: the domain points the
 * batch runtime at {@code jdbc/aitbc}). The Jakarta Batch API cannot end an execution whose JVM died: it stays
 * STARTED, and the specification only restarts FAILED or STOPPED executions. This marks such an execution
 * (and its unfinished steps) FAILED, as the runtime itself would have, so that it can be restarted. Works on
 * H2 and PostgreSQL (the tables are found in whichever schema the runtime created them, in either case).
 */
@ApplicationScoped
public class BatchRepository {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BatchRepository.class.getName());

    static final String INTERRUPTED = "INTERRUPTED";
    private static final String RUNNING = "('STARTING','STARTED','STOPPING')";

    @Resource(lookup = "jdbc/aitbc")
    DataSource dataSource;

    /**
     * Marks an execution that was running when the server stopped as FAILED, exit status {@value #INTERRUPTED}.
     * Returns false if it was not running (then nothing is changed).
     */
    public boolean markInterrupted(long executionId) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            String executions = table(c, "EXECUTIONINSTANCEDATA");
            String steps = table(c, "STEPEXECUTIONINSTANCEDATA");
            int changed;
            try (PreparedStatement s = c.prepareStatement("UPDATE " + executions + " SET batchstatus = 'FAILED', exitstatus = ?,"
                    + " endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN " + RUNNING)) {
                s.setString(1, INTERRUPTED);
                s.setTimestamp(2, now);
                s.setTimestamp(3, now);
                s.setLong(4, executionId);
                changed = s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE " + steps + " SET batchstatus = 'FAILED', exitstatus = ?,"
                    + " endtime = ? WHERE jobexecid = ? AND batchstatus IN " + RUNNING)) {
                s.setString(1, INTERRUPTED);
                s.setTimestamp(2, now);
                s.setLong(3, executionId);
                s.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            int rows = changed;
            LOG.info(() -> "batch execution " + executionId + " in " + executions + ": " + (rows == 1
                    ? "marked FAILED (" + INTERRUPTED + ")" : "not running, left as it is"));
            return changed == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the batch job repository: " + e.getMessage(), e);
        }
    }

    /** The table's qualified name as the runtime created it (unquoted: upper case on H2, lower case on PostgreSQL). */
    private static String table(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    return schema == null || schema.isEmpty() ? candidate : schema + "." + candidate;
                }
            }
        }
        throw new IllegalStateException("the batch job repository has no table " + name);
    }
}
