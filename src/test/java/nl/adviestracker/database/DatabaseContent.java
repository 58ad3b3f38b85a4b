package nl.adviestracker.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Everything in a database, reduced to what two databases must share to be the same. */
final class DatabaseContent {

    /** Liquibase's history without when and by which run it was applied, which a new database cannot share. */
    private static final String CHANGELOG =
            "(select id, author, filename, md5sum, description, orderexecuted, exectype " + "from databasechangelog)";

    private DatabaseContent() {}

    static Connection connect(String jdbcUrl) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", EmbeddedPostgresServer.USER);
        return DriverManager.getConnection(jdbcUrl, login);
    }

    /** Per table: its row count and an md5 of all its rows as text, in a fixed order. */
    static Map<String, String> tables(String jdbcUrl) throws SQLException {
        Map<String, String> content = new TreeMap<>();
        try (Connection connection = connect(jdbcUrl);
                var statement = connection.createStatement()) {
            for (String table : tableNames(connection)) {
                if (table.equals("search_word")) {
                    continue; // a vocabulary derived from the texts by triggers; a restore rebuilds it
                }
                String rows = switch (table) {
                    case "databasechangelog" -> CHANGELOG;
                    case "databasechangeloglock" -> "(select id, locked from databasechangeloglock)";
                    case "schema_fingerprint" -> "(select id, sha256 from schema_fingerprint)";
                    default -> ApplicationTables.quote(table);
                };
                try (var result = statement.executeQuery(
                        "select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from " + rows
                                + " t")) {
                    result.next();
                    content.put(table, result.getLong(1) + " rows, md5 " + result.getString(2));
                }
            }
        }
        return content;
    }

    /** Per sequence: where it stands (last value, and whether that value was handed out). */
    static Map<String, String> sequences(String jdbcUrl) throws SQLException {
        Map<String, String> positions = new TreeMap<>();
        try (Connection connection = connect(jdbcUrl);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select sequencename, last_value from pg_sequences where schemaname = current_schema()")) {
            while (rows.next()) {
                positions.put(rows.getString(1), rows.getString(2));
            }
        }
        return positions;
    }

    static long rows(String jdbcUrl, String table) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + ApplicationTables.quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static long max(String jdbcUrl, String table, String column) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select coalesce(max(" + column + "), 0) from " + ApplicationTables.quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
