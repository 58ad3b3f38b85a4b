package nl.adviestracker.promise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * How often due dates were moved: the answers' terms ({@code advice_due_date_extension}) and the follow-ups'
 * dates ({@code followup_due_date_move}), counted from the same rows the histories show.
 */
@Singleton
@Transactional(readOnly = true)
public class MovedDates {

    /**
     * @param advices advices received in the period
     * @param advicesMoved of those, the ones whose due date was moved at least once
     * @param moves all moves of their due dates
     * @param followUps the follow-ups promised on those advices
     * @param followUpsMoved of those, the ones whose due date was moved at least once
     * @param followUpMoves all moves of the follow-ups' due dates
     */
    @Serdeable
    public record Count(
            @Nullable Integer year,
            int advices,
            int advicesMoved,
            int moves,
            int followUps,
            int followUpsMoved,
            int followUpMoves) {}

    private final JdbcOperations jdbc;

    MovedDates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Count of(@Nullable Integer year) {
        String sql = """
                with counted as (
                    select a.id,
                           (select count(*) from advice_due_date_extension e where e.advice_id = a.id) as moves
                    from advice a
                    where a.deleted_at is null and a.status <> 'DRAFT'
                      and (?::int is null or extract(year from a.received_on) = ?::int)),
                promised as (
                    select f.id, (select count(*) from followup_due_date_move m where m.followup_id = f.id) as moves
                    from followup f join counted c on c.id = f.advice_id)
                select (select count(*) from counted), (select count(*) from counted where moves > 0),
                       (select coalesce(sum(moves), 0) from counted),
                       (select count(*) from promised), (select count(*) from promised where moves > 0),
                       (select coalesce(sum(moves), 0) from promised)""";
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
                return new Count(
                        year, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
            }
        });
    }
}
