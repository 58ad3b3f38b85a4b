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
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.RandomWriters;
import org.junit.jupiter.api.Test;

/**
 * The points counted per advice and stance ({@code advice_stance_tally}, kept by triggers, read by the
 * reports and the dashboard) always equal a full count of points and their responses: after random writes
 * of every kind that changes the count, one after the other and from several connections at once.
 */
@MicronautTest(transactional = false)
class StanceTallyIT {

    private static final String FULL_COUNT = """
            select p.advice_id, r.stance, count(*) from point p
            left join response_point rp on rp.point_id = p.id left join response r on r.id = rp.response_id
            group by 1, 2""";
    private static final String TALLY = "select advice_id, stance, points from advice_stance_tally";

    @Inject
    DataSource dataSource;

    @Test
    void theTallyEqualsAFullCountAfterRandomWrites() throws Exception {
        List<Long> advices = advices(4);

        int committed = RandomWriters.oneByOne(dataSource, advices, 400, 370, StanceTallyIT::randomWrite);

        assertThat(committed).as("one writer collides with nobody").isEqualTo(400);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    @Test
    void writersOnTheSameAdvicesAtOnceLeaveTheTallyRight() throws Exception {
        List<Long> advices = advices(2);

        int committed = RandomWriters.atOnce(dataSource, advices, 4, 150, 3700, StanceTallyIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(300);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    /**
     * One write in its own transaction. Writers at once may collide (a point another writer just deleted, a
     * deadlock): PostgreSQL then refuses and nothing of that write stays, which is all the tally must follow.
     */
    static boolean randomWrite(Connection c, long advice, Random random) throws SQLException {
        c.setAutoCommit(false);
        try {
            switch (random.nextInt(8)) {
                case 0 ->
                    exec(
                            c,
                            "insert into point (advice_id, position, label, text, kind) select " + advice
                                    + ", (select coalesce(max(position), 0) from point where advice_id = " + advice
                                    + ") + n, 'p' || left(md5(random()::text), 12), 'Punt', 'RECOMMENDATION' from generate_series(1, "
                                    + (1 + random.nextInt(3)) + ") n");
                case 1, 2 -> {
                    long response = id(
                            c,
                            "insert into response (advice_id, stance, text, reason) values (" + advice + ", '"
                                    + stance(random) + "', 'Antwoord', 'Reden') returning id");
                    exec(
                            c,
                            "insert into response_point (point_id, response_id, advice_id) select p.id, " + response
                                    + ", p.advice_id from point p where p.advice_id = " + advice
                                    + " and not exists (select 1 from response_point rp where rp.point_id = p.id)"
                                    + " order by random() limit " + (1 + random.nextInt(3)));
                }
                case 3 ->
                    exec(
                            c,
                            "update response set stance = '" + stance(random) + "' where id = (select id from response"
                                    + " where advice_id = " + advice + " order by random() limit 1)");
                case 4 -> exec(c, "update response set stance = '" + stance(random) + "' where advice_id = " + advice);
                case 5 ->
                    exec(
                            c,
                            "update response_point set response_id = (select id from response where advice_id = "
                                    + advice
                                    + " order by random() limit 1) where point_id = (select point_id from response_point"
                                    + " where advice_id = " + advice + " order by random() limit 1)");
                case 6 ->
                    exec(
                            c,
                            "delete from response where id = (select id from response where advice_id = " + advice
                                    + " order by random() limit 1)");
                default -> {
                    long point = id(
                            c,
                            "select coalesce((select id from point where advice_id = " + advice
                                    + " order by random() limit 1), 0)");
                    exec(c, "delete from response_point where point_id = " + point);
                    if (random.nextBoolean()) {
                        exec(c, "delete from point where id = " + point);
                    }
                }
            }
            c.commit();
            return true;
        } catch (SQLException collided) {
            c.rollback();
            return false;
        }
    }

    private static String stance(Random random) {
        return Stance.values()[random.nextInt(Stance.values().length)].name();
    }

    private List<Long> advices(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection()) {
            long body = id(
                    c,
                    "insert into advisory_body (name, short_name) values ('Telraad ' || gen_random_uuid(),"
                            + " left(gen_random_uuid()::text, 8)) returning id");
            for (int i = 0; i < count; i++) {
                ids.add(id(
                        c,
                        "insert into advice (body_id, subject, kind, received_on, response_due_on, status)"
                                + " values (" + body + ", 'Geteld advies', 'UNSOLICITED', '2010-02-01', '2010-03-15',"
                                + " 'RECEIVED') returning id"));
            }
        }
        return ids;
    }

    private Connection connection() throws SQLException {
        return RandomWriters.connection(dataSource);
    }
}
