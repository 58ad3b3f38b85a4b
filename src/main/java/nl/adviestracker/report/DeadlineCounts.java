package nl.adviestracker.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;

/** Counts what is due and late, in one SQL statement. */
@Singleton
public class DeadlineCounts {

    private final JdbcOperations jdbc;

    DeadlineCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public DeadlineSummary on(LocalDate today, int daysAhead) {
        return jdbc.prepareStatement("""
                with d as (select cast(? as date) as today, cast(? as date) as until),
                     a as (select response_due_on as due from advice where deleted_at is null and status = 'RECEIVED'),
                     f as (select f.due_on as due, f.status in ('OPEN', 'IN_PROGRESS') as open,
                                  exists (select 1 from followup_body_informed i where i.followup_id = f.id) as told
                           from followup f join advice x on x.id = f.advice_id where x.deleted_at is null),
                     r as (select needed_by as due from advice_request where status = 'OPEN')
                select (select count(*) from a),
                       (select count(*) from a, d where due < today),
                       (select count(*) from a, d where due between today and until),
                       (select count(*) from f where open),
                       (select count(*) from f, d where open and due < today),
                       (select count(*) from f, d where open and due between today and until),
                       (select count(*) from f where open and due is null),
                       (select count(*) from f where not open and not told),
                       (select count(*) from r),
                       (select count(*) from r, d where due < today)""", statement -> {
            statement.setDate(1, Date.valueOf(today));
            statement.setDate(2, Date.valueOf(today.plusDays(daysAhead)));
            ResultSet rows = statement.executeQuery();
            rows.next();
            return new DeadlineSummary(
                    today,
                    daysAhead,
                    rows.getLong(1),
                    rows.getLong(2),
                    rows.getLong(3),
                    rows.getLong(4),
                    rows.getLong(5),
                    rows.getLong(6),
                    rows.getLong(7),
                    rows.getLong(8),
                    rows.getLong(9),
                    rows.getLong(10));
        });
    }
}
