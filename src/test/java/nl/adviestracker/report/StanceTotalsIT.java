package nl.adviestracker.report;

import static nl.adviestracker.support.Sql.exec;
import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.RandomWriters;
import org.junit.jupiter.api.Test;

/**
 * The points per body and stance and per theme and stance of the advices that count (submitted, not deleted;
 * {@code body_stance_total}, {@code theme_stance_total}, kept by triggers, read by the dashboard and the
 * reports of all years) always equal a full count of points and their responses: after random writes to
 * points and responses (those of {@link StanceTallyIT}) and to the advices themselves (submitted, deleted,
 * restored, moved to another body or theme), one after the other and from several connections at once.
 */
@MicronautTest(transactional = false)
class StanceTotalsIT {

    private static final String COUNTED = " from point p join advice a on a.id = p.advice_id"
            + " left join response_point rp on rp.point_id = p.id left join response r on r.id = rp.response_id"
            + " where a.deleted_at is null and a.status <> 'DRAFT'";
    private static final String FULL_COUNT_PER_BODY =
            "select a.organisation_id || ' ' || a.body_id, r.stance, count(*)" + COUNTED + " group by 1, 2";
    /** A total's columns as a row per stance (no stance: not answered), leaving out the stances it has none of. */
    private static final String PER_STANCE = " cross join lateral (values (null, t.not_answered),"
            + " ('ADOPTED', t.adopted), ('PARTLY_ADOPTED', t.partly_adopted), ('NOT_ADOPTED', t.not_adopted),"
            + " ('ALREADY_POLICY', t.already_policy), ('NOTED', t.noted), ('TAKEN_INTO_ACCOUNT', t.taken_into_account),"
            + " ('REFERRED', t.referred)) s (stance, points) where s.points <> 0";

    private static final String PER_BODY =
            "select t.organisation_id || ' ' || t.body_id, s.stance, s.points from body_stance_total t" + PER_STANCE;
    private static final String FULL_COUNT_PER_THEME = "select a.organisation_id || ' ' || coalesce(a.theme, '-'),"
            + " r.stance, count(*)" + COUNTED + " group by 1, 2";
    private static final String PER_THEME =
            "select t.organisation_id || ' ' || coalesce(t.theme, '-'), s.stance, s.points from theme_stance_total t"
                    + PER_STANCE;

    private static final String[] THEMES = {"Armoede", "armoede", "Zorg", null};

    @Inject
    DataSource dataSource;

    @Inject
    Reports reports;

    @Test
    void eachTotalHasAColumnForTheNotAnsweredPointsAndOneForEachStance() throws SQLException {
        List<String> expected = new ArrayList<>(List.of("not_answered"));
        for (Stance stance : Stance.values()) {
            expected.add(stance.name().toLowerCase(Locale.ROOT));
        }
        try (Connection c = connection()) {
            for (String table : List.of("body_stance_total", "theme_stance_total")) {
                List<String> columns = new ArrayList<>();
                try (Statement statement = c.createStatement();
                        ResultSet rows = statement.executeQuery("select column_name from information_schema.columns"
                                + " where table_schema = current_schema() and table_name = '" + table
                                + "' and data_type = 'integer' order by ordinal_position")) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
                assertThat(columns).as(table).isEqualTo(expected);
            }
        }
    }

    @Test
    void theTotalsEqualAFullCountAfterRandomWrites() throws Exception {
        List<Long> bodies = bodies();
        List<Long> advices = advices(bodies, 6);

        int committed = RandomWriters.oneByOne(
                dataSource, advices, 500, 412, (c, advice, random) -> randomWrite(c, advice, random, bodies));

        assertThat(committed).as("most writes went through").isGreaterThan(400);
        assertTotalsAreAFullCount();
        countAll(advices);
        assertTotalsAreAFullCount();
        assertTheReportsReadThemPerBody(bodies);
    }

    @Test
    void writersOnTheSameAdvicesAtOnceLeaveTheTotalsRight() throws Exception {
        List<Long> bodies = bodies();
        List<Long> advices = advices(bodies, 4);

        int committed = RandomWriters.atOnce(
                dataSource, advices, 4, 150, 4120, (c, advice, random) -> randomWrite(c, advice, random, bodies));

        assertThat(committed).as("most writes went through").isGreaterThan(300);
        assertTotalsAreAFullCount();
        countAll(advices);
        assertTotalsAreAFullCount();
        assertTheReportsReadThemPerBody(bodies);
    }

    private void assertTotalsAreAFullCount() throws SQLException {
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, PER_BODY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT_PER_BODY));
            assertThat(RandomWriters.counted(c, PER_THEME)).isEqualTo(RandomWriters.counted(c, FULL_COUNT_PER_THEME));
        }
    }

    /**
     * Submits and restores every advice, so that the chart has their points to show: random writes may have left
     * each one deleted or a draft.
     */
    private void countAll(List<Long> advices) throws SQLException {
        try (Connection c = connection()) {
            for (long advice : advices) {
                exec(c, "update advice set status = 'RECEIVED', deleted_at = null where id = " + advice);
            }
        }
    }

    /** What the dashboard's stance chart per body shows of the bodies written to: a full count per body name. */
    private void assertTheReportsReadThemPerBody(List<Long> bodies) throws SQLException {
        String written = "(" + bodies.get(0) + ", " + bodies.get(1) + ")";
        Map<String, Long> expected;
        List<String> names = new ArrayList<>();
        try (Connection c = connection()) {
            expected = RandomWriters.counted(
                    c,
                    "select b.name, r.stance, count(*)"
                            + COUNTED.replace(" where", " join advisory_body b on b.id = a.body_id where")
                            + " and r.stance is not null and a.body_id in " + written + " group by 1, 2");
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("select name from advisory_body where id in " + written)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        Map<String, Long> shown = new TreeMap<>();
        for (StanceRow row : Reports.stanceRows(reports.stanceTotals(GroupBy.BODY))) {
            if (!names.contains(row.group())) {
                continue;
            }
            for (ReportRow.StanceShare share : row.stances()) {
                if (share.points() > 0) {
                    shown.put(row.group() + " " + share.stance().name(), share.points());
                }
            }
        }
        assertThat(shown).isNotEmpty().isEqualTo(expected);
    }

    /**
     * One write in its own transaction: three in four to points and responses ({@link StanceTallyIT}), the
     * others to the advice. A write may be refused (writers at once deadlock, an advice is submitted only once):
     * PostgreSQL then keeps nothing of it, which is all the totals must follow.
     */
    private static boolean randomWrite(Connection c, long advice, Random random, List<Long> bodies)
            throws SQLException {
        if (random.nextInt(4) > 0) {
            return StanceTallyIT.randomWrite(c, advice, random);
        }
        c.setAutoCommit(false);
        try {
            switch (random.nextInt(10)) {
                case 0 -> exec(c, "update advice set status = 'RECEIVED' where status = 'DRAFT' and id = " + advice);
                case 1, 2, 3 ->
                    exec(
                            c,
                            "update advice set body_id = " + bodies.get(random.nextInt(bodies.size())) + " where id = "
                                    + advice);
                case 4, 5, 6 -> {
                    String theme = THEMES[random.nextInt(THEMES.length)];
                    exec(
                            c,
                            "update advice set theme = " + (theme == null ? "null" : "'" + theme + "'") + " where id = "
                                    + advice);
                }
                default ->
                    exec(
                            c,
                            "update advice set deleted_at = case when deleted_at is null then now() end where id = "
                                    + advice);
            }
            c.commit();
            return true;
        } catch (SQLException refused) {
            c.rollback();
            return false;
        }
    }

    private List<Long> bodies() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection()) {
            for (int i = 0; i < 2; i++) {
                ids.add(id(
                        c,
                        "insert into advisory_body (name, short_name) values ('Telraad ' || gen_random_uuid(),"
                                + " left(gen_random_uuid()::text, 8)) returning id"));
            }
        }
        return ids;
    }

    /** Advices of the two bodies, every other one still a draft. */
    private List<Long> advices(List<Long> bodies, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection()) {
            for (int i = 0; i < count; i++) {
                ids.add(id(
                        c,
                        "insert into advice (body_id, subject, kind, received_on, response_due_on, status, theme)"
                                + " values (" + bodies.get(i % 2) + ", 'Geteld advies', 'UNSOLICITED', '2010-02-01',"
                                + " '2010-03-15', '" + (i % 2 == 0 ? "DRAFT" : "RECEIVED")
                                + "', 'Armoede') returning id"));
            }
        }
        return ids;
    }

    private Connection connection() throws SQLException {
        return RandomWriters.connection(dataSource);
    }
}
