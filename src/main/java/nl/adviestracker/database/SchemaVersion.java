package nl.adviestracker.database;

import java.sql.Connection;
import java.sql.SQLException;

/** What Liquibase's own table says about the schema's version. */
final class SchemaVersion {

    private SchemaVersion() {}

    static int changesets(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new BackupException(
                        "This database has no schema (no table databasechangelog): "
                                + "start the service once against it, or restore into it, which creates the schema.",
                        e);
            }
            throw e;
        }
    }

    static String lastChangeset(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select author || ':' || id from databasechangelog order by orderexecuted desc limit 1")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
