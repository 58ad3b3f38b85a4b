package nl.adviestracker.report;

import static nl.adviestracker.support.Sql.exec;
import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import nl.adviestracker.support.RandomWriters;
import org.junit.jupiter.api.Test;

/**
 * Where each advice awaiting an answer waits and since when ({@code station_wait}, kept by triggers on advice,
 * response and letter_route, read by the dashboard's stations) always equals a full count from the advices, their
 * responses and their letters, after random writes to all three, one after the other and from several connections
 * at once.
 */
@MicronautTest(transactional = false)
class StationWaitIT {

    /** How the dashboard counted the stations before station_wait: every waiting advice's letter and responses. */
    private static final String FULL_COUNT = """
            with open_advice as (
                select a.id, a.received_on, coalesce(l.station, 'DRAFT') as station, l.updated_at
                from advice a left join letter_route l on l.advice_id = a.id
                where a.status = 'RECEIVED' and a.deleted_at is null)
            select r.advice_id, case r.review_state when 'DRAFT' then 0 else 1 end,
                   (min(r.review_state_at) at time zone 'Europe/Amsterdam')::date, count(distinct r.advice_id)
            from response r join open_advice a on a.id = r.advice_id
            where r.review_state in ('DRAFT', 'READY_FOR_REVIEW') and a.station = 'DRAFT'
            group by r.advice_id, r.review_state
            union all
            select a.id, case a.station when 'DRAFT' then 2 when 'CHECKED' then 3 when 'FINAL' then 4 else 5 end,
                   case when a.station = 'DRAFT' then a.received_on
                       else (a.updated_at at time zone 'Europe/Amsterdam')::date end, 1
            from open_advice a where a.station <> 'SENT'""";

    private static final String KEPT = "select advice_id, station, since, count(*) from station_wait group by 1, 2, 3";

    @Inject
    DataSource dataSource;

    @Test
    void theWaitsEqualAFullCountAfterRandomWrites() throws Exception {
        List<Long> advices = advices(6);

        int committed = RandomWriters.oneByOne(dataSource, advices, 500, 417, StationWaitIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(250);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, KEPT)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    @Test
    void writersOnTheSameAdvicesAtOnceLeaveTheWaitsRight() throws Exception {
        List<Long> advices = advices(3);

        int committed = RandomWriters.atOnce(dataSource, advices, 4, 150, 4170, StationWaitIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(200);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, KEPT)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    /**
     * One write in its own transaction: a response written, moved through its review or removed; the letter's
     * route made, moved on or removed; the advice submitted, deleted or restored, or received on another day. A
     * write the database refuses (a move the review or the route does not allow, a deadlock between writers) keeps
     * nothing, which is all the waits must follow.
     */
    private static boolean randomWrite(Connection c, long advice, Random random) throws SQLException {
        c.setAutoCommit(false);
        String oneResponse = "(select id from response where advice_id = " + advice + " order by id offset "
                + random.nextInt(3) + " limit 1)";
        String daysAgo = "now() - interval '" + random.nextInt(200) + " days'";
        try {
            switch (random.nextInt(12)) {
                case 0, 1 ->
                    exec(
                            c,
                            "insert into response (advice_id, stance, text, review_state_at) values (" + advice
                                    + ", 'ADOPTED', 'Ja.', " + daysAgo + ")");
                case 2 ->
                    exec(
                            c,
                            "update response set review_state = 'READY_FOR_REVIEW', review_state_at = " + daysAgo
                                    + " where id = " + oneResponse);
                case 3 ->
                    exec(
                            c,
                            "update response set review_state = '" + (random.nextBoolean() ? "APPROVED" : "DRAFT")
                                    + "', review_state_at = " + daysAgo + " where id = " + oneResponse);
                case 4 -> exec(c, "delete from response where id = " + oneResponse);
                case 5 ->
                    exec(
                            c,
                            "insert into letter_route (advice_id) select " + advice
                                    + " where not exists (select 1 from letter_route where advice_id = " + advice
                                    + ")");
                case 6 ->
                    exec(
                            c,
                            "update letter_route set station = '" + (random.nextBoolean() ? "CHECKED" : "DRAFT")
                                    + "', updated_at = " + daysAgo + " where advice_id = " + advice);
                case 7 ->
                    exec(
                            c,
                            "update letter_route set station = case station when 'FINAL' then 'DECIDED' else 'FINAL'"
                                    + " end, decision_kind = case station when 'FINAL' then 'MANDATE' end,"
                                    + " decided_on = case station when 'FINAL' then current_date end, updated_at = "
                                    + daysAgo + " where advice_id = " + advice);
                case 8 -> exec(c, "delete from letter_route where advice_id = " + advice);
                case 9 -> exec(c, "update advice set status = 'RECEIVED' where status = 'DRAFT' and id = " + advice);
                case 10 ->
                    exec(
                            c,
                            "update advice set deleted_at = case when deleted_at is null then now() end where id = "
                                    + advice);
                default ->
                    exec(
                            c,
                            "update advice set received_on = received_on + " + (random.nextInt(121) - 60)
                                    + " where id = " + advice);
            }
            c.commit();
            return true;
        } catch (SQLException refused) {
            c.rollback();
            return false;
        }
    }

    /** Advices of a new body awaiting an answer, and one still a draft, each with a response. */
    private List<Long> advices(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection()) {
            long body = id(
                    c,
                    "insert into advisory_body (name, short_name) values ('Wachtpost ' || gen_random_uuid(),"
                            + " left(gen_random_uuid()::text, 8)) returning id");
            for (int i = 0; i < count; i++) {
                long advice = id(
                        c,
                        "insert into advice (body_id, subject, kind, received_on, response_due_on, status)"
                                + " values (" + body + ", 'Wachtend advies', 'UNSOLICITED', date '2011-02-01' + "
                                + (i * 50) + ", date '2011-03-15' + " + (i * 50) + ", '"
                                + (i == 0 ? "DRAFT" : "RECEIVED") + "') returning id");
                exec(c, "insert into response (advice_id, stance, text) values (" + advice + ", 'ADOPTED', 'Ja.')");
                ids.add(advice);
            }
        }
        return ids;
    }

    private Connection connection() throws SQLException {
        return RandomWriters.connection(dataSource);
    }
}
