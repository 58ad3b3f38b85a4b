package nl.adviestracker.promise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/** How often answers' due dates were moved: the count reports show beside the answers on time. */
@Singleton
@Transactional(readOnly = true)
public class MovedDates {

    /**
     * @param advices advices received in the period
     * @param advicesMoved of those, the ones whose due date was moved at least once
     * @param moves all moves of their due dates
     */
    @Serdeable
    public record Count(@Nullable Integer year, int advices, int advicesMoved, int moves) {}

    private final JdbcOperations jdbc;

    MovedDates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Count of(@Nullable Integer year) {
        String sql = """
                select count(*), count(*) filter (where moves > 0), coalesce(sum(moves), 0)
                from (select a.id, (select count(*) from advice_due_date_extension e where e.advice_id = a.id) as moves
                      from advice a
                      where a.deleted_at is null and a.status <> 'DRAFT'
                        and (?::int is null or extract(year from a.received_on) = ?::int)) counted""";
        return jdbc.prepareStatement(sql, statement -> {
            if (year == null) {
                statement.setNull(1, java.sql.Types.INTEGER);
                statement.setNull(2, java.sql.Types.INTEGER);
            } else {
                statement.setInt(1, year);
                statement.setInt(2, year);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Count(year, rs.getInt(1), rs.getInt(2), rs.getInt(3));
            }
        });
    }
}
