package nl.adviestracker.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts of every table, to show that a rejected request left nothing behind. */
public final class DatabaseState {

    private static final List<String> TABLES = List.of(
            "advisory_body",
            "project_group",
            "advice",
            "point",
            "response",
            "response_point",
            "followup",
            "followup_note",
            "audit_event",
            "intake_upload",
            "advice_document");

    private DatabaseState() {}

    public static Map<String, Long> rowCounts(DataSource dataSource) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.createStatement()) {
            for (String table : TABLES) {
                var rows = statement.executeQuery("select count(*) from " + table);
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
