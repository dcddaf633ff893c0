package org.memberportal.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Plain JDBC on the connection of the caller's transaction, for what JPA cannot say: a row added
 * only when absent, a batch of conditional updates whose row counts say which rows matched.
 */
public final class TransactionConnection {

    private TransactionConnection() {
    }

    /** What is done on the connection. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the transaction's own connection; there must be a transaction. */
    public static <T> T run(EntityManager em, String what, Work<T> work) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new PersistenceException(what + " needs a transaction");
        }
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
