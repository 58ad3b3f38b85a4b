package nl.adviestracker.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL for tests that lay out a data set by hand. */
public final class Sql {

    private Sql() {}

    /** Runs an insert ... returning id (or any query) and gives the first column of its first row. */
    public static long id(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static void exec(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
