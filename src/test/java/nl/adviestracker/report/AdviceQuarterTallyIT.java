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
 * The advices counted per quarter ({@code advice_quarter_tally}, kept by triggers on advice and letter_route, read by
 * the dashboard's trend): received, and answered after how many days, on time or not, always equal a full count of
 * the advices and their letters, after random writes to both, one after the other and from several connections at
 * once.
 */
@MicronautTest(transactional = false)
class AdviceQuarterTallyIT {

    private static final String FULL_COUNT = """
            select a.organisation_id, date_trunc('quarter', a.received_on::timestamp)::date, 'RECEIVED', null::int,
                   null::boolean, count(*)
            from advice a where a.deleted_at is null and a.status <> 'DRAFT'
            group by 1, 2
            union all
            select a.organisation_id, date_trunc('quarter', l.sent_on::timestamp)::date, 'ANSWERED',
                   l.sent_on - a.received_on, l.sent_on <= a.response_due_on, count(*)
            from advice a join letter_route l on l.advice_id = a.id
            where a.deleted_at is null and a.status = 'ANSWERED' and l.station = 'SENT'
            group by 1, 2, 4, 5""";
    private static final String TALLY =
            "select organisation_id, quarter, kind, days, on_time, advices from advice_quarter_tally";

    @Inject
    DataSource dataSource;

    @Test
    void theTallyEqualsAFullCountAfterRandomWrites() throws Exception {
        List<Long> advices = advices(6);

        int committed = RandomWriters.oneByOne(dataSource, advices, 500, 413, AdviceQuarterTallyIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(300);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    @Test
    void writersOnTheSameAdvicesAtOnceLeaveTheTallyRight() throws Exception {
        List<Long> advices = advices(3);

        int committed = RandomWriters.atOnce(dataSource, advices, 4, 150, 4130, AdviceQuarterTallyIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(250);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    /**
     * One write in its own transaction, to the advice (its dates, submission, deletion) or to its letter's route
     * (made, moved on, sent on another day, removed). A write the database refuses (a move the route does not
     * allow, a deadlock between writers) keeps nothing, which is all the tally must follow.
     */
    private static boolean randomWrite(Connection c, long advice, Random random) throws SQLException {
        c.setAutoCommit(false);
        try {
            switch (random.nextInt(10)) {
                case 0 -> exec(c, "update advice set status = 'RECEIVED' where status = 'DRAFT' and id = " + advice);
                case 1 ->
                    exec(
                            c,
                            "update advice set received_on = received_on + " + (random.nextInt(121) - 60)
                                    + " where id = " + advice);
                case 2 ->
                    exec(
                            c,
                            "update advice set response_due_on = response_due_on + " + (random.nextInt(41) - 20)
                                    + " where id = " + advice);
                case 3 ->
                    exec(
                            c,
                            "update advice set deleted_at = case when deleted_at is null then now() end where id = "
                                    + advice);
                case 4 ->
                    exec(
                            c,
                            "insert into letter_route (advice_id) select " + advice
                                    + " where not exists (select 1 from letter_route where advice_id = " + advice
                                    + ")");
                case 5 -> exec(c, "update letter_route set station = 'FINAL' where advice_id = " + advice);
                case 6, 7 ->
                    exec(
                            c,
                            "update letter_route l set station = 'SENT', sent_means = 'EMAIL', sent_on = a.received_on + "
                                    + random.nextInt(120) + " from advice a where a.id = l.advice_id and l.advice_id = "
                                    + advice);
                case 8 ->
                    exec(
                            c,
                            "update letter_route set sent_on = sent_on + " + (random.nextInt(61) - 30)
                                    + " where station = 'SENT' and advice_id = " + advice);
                default -> exec(c, "delete from letter_route where advice_id = " + advice);
            }
            c.commit();
            return true;
        } catch (SQLException refused) {
            c.rollback();
            return false;
        }
    }

    /** Advices of a new body: drafts, received ones and answered ones (which count once their letter is sent). */
    private List<Long> advices(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String[] states = {"DRAFT", "RECEIVED", "ANSWERED"};
        try (Connection c = connection()) {
            long body = id(
                    c,
                    "insert into advisory_body (name, short_name) values ('Telraad ' || gen_random_uuid(),"
                            + " left(gen_random_uuid()::text, 8)) returning id");
            for (int i = 0; i < count; i++) {
                ids.add(id(
                        c,
                        "insert into advice (body_id, subject, kind, received_on, response_due_on, status)"
                                + " values (" + body + ", 'Geteld advies', 'UNSOLICITED', date '2011-02-01' + "
                                + (i * 50) + ", date '2011-03-15' + " + (i * 50) + ", '" + states[i % 3]
                                + "') returning id"));
            }
        }
        return ids;
    }

    private Connection connection() throws SQLException {
        return RandomWriters.connection(dataSource);
    }
}
