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
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.followup.FollowUpList;
import nl.adviestracker.followup.FollowUpSummary;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.support.RandomWriters;
import org.junit.jupiter.api.Test;

/**
 * The open follow-ups counted per owner, theme, due date and day of recording ({@code open_followup_tally},
 * kept by triggers, read by the dashboard and the list of open follow-ups) always equal a full count of the
 * open follow-ups of advices not deleted: after random writes of every kind that changes the count, one after
 * the other and from several connections at once; and a list of open follow-ups, which counts its total from
 * it, counts as many as it lists, whatever it is filtered by.
 */
@MicronautTest(transactional = false)
class OpenFollowUpTallyIT {

    private static final String FULL_COUNT = """
            select f.organisation_id, f.owner, a.theme, f.due_on, (f.created_at at time zone 'Europe/Amsterdam')::date,
                   count(*)
            from followup f join advice a on a.id = f.advice_id
            where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS')
            group by 1, 2, 3, 4, 5""";
    private static final String TALLY =
            "select organisation_id, owner, theme, due_on, created_on, followups from open_followup_tally";

    private static final String[] OWNERS = {"Team Noord", "team noord", "Wijkteam Zuid", "Beleid Armoede"};
    private static final String[] THEMES = {"Armoede", "armoede", "Zorg", null};

    @Inject
    DataSource dataSource;

    @Inject
    FollowUpList list;

    @Test
    void theTallyEqualsAFullCountAfterRandomWrites() throws Exception {
        List<Long> advices = advices(4);

        int committed = RandomWriters.oneByOne(dataSource, advices, 500, 410, OpenFollowUpTallyIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(400);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    @Test
    void writersOnTheSameAdvicesAtOnceLeaveTheTallyRight() throws Exception {
        List<Long> advices = advices(2);

        int committed = RandomWriters.atOnce(dataSource, advices, 4, 150, 4100, OpenFollowUpTallyIT::randomWrite);

        assertThat(committed).as("most writes went through").isGreaterThan(300);
        try (Connection c = connection()) {
            assertThat(RandomWriters.counted(c, TALLY)).isEqualTo(RandomWriters.counted(c, FULL_COUNT));
        }
    }

    @Test
    void aListOfOpenFollowUpsCountsAsManyAsItLists() throws Exception {
        RandomWriters.oneByOne(dataSource, advices(2), 120, 4110, OpenFollowUpTallyIT::randomWrite);
        List<FollowUpFilter> filters = new ArrayList<>();
        filters.add(FollowUpFilter.openOnes());
        for (String owner : OWNERS) {
            filters.add(new FollowUpFilter("open", null, null, owner, null, null, null));
        }
        for (String theme : new String[] {"ARMOEDE", "zorg"}) {
            filters.add(new FollowUpFilter("OPEN", null, theme, null, null, null, null));
        }
        for (Boolean yes : new Boolean[] {true, false}) {
            filters.add(new FollowUpFilter("open", null, null, null, yes, null, null));
            filters.add(new FollowUpFilter("open", null, null, null, null, yes, null));
            filters.add(new FollowUpFilter("open", null, "armoede", "team noord", yes, !yes, "owner"));
        }
        for (FollowUpFilter filter : filters) {
            long listed = 0;
            PageOf<FollowUpSummary> page;
            int number = 0;
            do {
                page = list.find(filter, new PageRequest(number++, PageRequest.MAX_SIZE));
                listed += page.items().size();
            } while (!page.items().isEmpty());
            assertThat(page.total()).as(filter.toString()).isEqualTo(listed);
        }
    }

    /**
     * One write in its own transaction. A write may be refused (writers at once deadlock, or a follow-up
     * another writer just closed cannot move): PostgreSQL then keeps nothing of it, which is all the tally must
     * follow.
     */
    private static boolean randomWrite(Connection c, long advice, Random random) throws SQLException {
        c.setAutoCommit(false);
        String oneOpen = "(select id from followup where advice_id = " + advice
                + " and status in ('OPEN', 'IN_PROGRESS') order by random() limit 1)";
        try {
            switch (random.nextInt(10)) {
                case 0, 1 ->
                    exec(
                            c,
                            "insert into followup (response_id, advice_id, description, owner, due_on, status, created_at)"
                                    + " select r.id, r.advice_id, 'Toezegging', " + quoted(pick(OWNERS, random)) + ", "
                                    + (random.nextBoolean() ? "null" : "current_date + " + (random.nextInt(40) - 20))
                                    + ", '" + (random.nextBoolean() ? "OPEN" : "IN_PROGRESS") + "', now() - interval '"
                                    + random.nextInt(400) + " days' from response r where r.advice_id = " + advice
                                    + " limit 1");
                case 2 ->
                    exec(
                            c,
                            "update followup set status = case status when 'OPEN' then 'IN_PROGRESS' else 'OPEN' end"
                                    + " where id = " + oneOpen);
                case 3 -> exec(c, "update followup set status = 'DROPPED' where id = " + oneOpen);
                case 4 ->
                    exec(c, "update followup set owner = " + quoted(pick(OWNERS, random)) + " where id = " + oneOpen);
                case 5 -> {
                    long followUp = id(c, "select coalesce(" + oneOpen + ", 0)");
                    String newDue = random.nextBoolean() ? "null" : "current_date + " + (random.nextInt(40) - 20);
                    exec(
                            c,
                            "insert into followup_due_date_move (followup_id, previous_due_on, new_due_on, reason, moved_by)"
                                    + " select id, due_on, " + newDue + ", 'Later', 'Test' from followup where id = "
                                    + followUp + " and due_on is not null and due_on is distinct from " + newDue);
                    exec(c, "update followup set due_on = " + newDue + " where id = " + followUp);
                }
                case 6 ->
                    exec(c, "update advice set theme = " + quoted(pick(THEMES, random)) + " where id = " + advice);
                case 7 ->
                    exec(
                            c,
                            "update advice set deleted_at = case when deleted_at is null then now() end where id = "
                                    + advice);
                case 8 ->
                    exec(
                            c,
                            "delete from followup f where f.id = (select id from followup g where g.advice_id = "
                                    + advice + " and not exists (select 1 from followup_due_date_move m"
                                    + " where m.followup_id = g.id) order by random() limit 1)");
                default ->
                    exec(c, "update followup set created_at = created_at - interval '1 day' where id = " + oneOpen);
            }
            c.commit();
            return true;
        } catch (SQLException refused) {
            c.rollback();
            return false;
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    /** Advices of a new body, each with a response that follow-ups can belong to. */
    private List<Long> advices(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connection()) {
            long body = id(
                    c,
                    "insert into advisory_body (name, short_name) values ('Telraad ' || gen_random_uuid(),"
                            + " left(gen_random_uuid()::text, 8)) returning id");
            for (int i = 0; i < count; i++) {
                long advice = id(
                        c,
                        "insert into advice (body_id, subject, kind, received_on, response_due_on, status, theme)"
                                + " values (" + body + ", 'Geteld advies', 'UNSOLICITED', '2010-02-01', '2010-03-15',"
                                + " 'RECEIVED', 'Armoede') returning id");
                exec(
                        c,
                        "insert into response (advice_id, stance, text, reason) values (" + advice
                                + ", 'ADOPTED', 'Antwoord', 'Reden')");
                ids.add(advice);
            }
        }
        return ids;
    }

    private Connection connection() throws SQLException {
        return RandomWriters.connection(dataSource);
    }
}
