package nl.adviestracker.advice;

import static nl.adviestracker.support.Sql.exec;
import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.tenancy.OrganisationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The advices awaiting an answer, as the dashboard lists them: received (not drafts, answered or deleted ones),
 * the first due first, with how many there are and how many are late, on every page and past the last.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceListIT {

    private static final String AWAITING = " from advice where deleted_at is null and status = 'RECEIVED'";

    @Inject
    AdviceList advices;

    @Inject
    DataSource dataSource;

    List<Long> firstDue;
    long awaiting;
    long late;

    @BeforeAll
    void receivedLateAndOnTimeAmongOthers() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long body =
                    id(c, "insert into advisory_body (name, short_name) values ('Wachtende raad', 'WR') returning id");
            advice(c, body, "2010-01-04", "RECEIVED");
            advice(c, body, "2010-01-05", "RECEIVED");
            advice(c, body, "2099-01-05", "RECEIVED");
            advice(c, body, "2010-01-01", "ANSWERED");
            advice(c, body, "2010-01-01", "DRAFT");
            exec(c, "update advice set deleted_at = now() where id = " + advice(c, body, "2010-01-01", "RECEIVED"));
            firstDue = ids(c, "select id" + AWAITING + " order by response_due_on, id limit 2");
            awaiting = id(c, "select count(*)" + AWAITING);
            late = id(c, "select count(*)" + AWAITING + " and response_due_on < current_date");
        }
    }

    @Test
    void aPageOfTheFirstDueWithHowManyAwaitAnAnswerAndHowManyAreLate() {
        AdviceList.Due due = OrganisationContext.within(
                OrganisationContext.DEFAULT_ORGANISATION, () -> advices.due(new PageRequest(0, 2)));

        assertThat(due.page().items()).extracting(AdviceSummary::id).isEqualTo(firstDue);
        assertThat(due.page().total()).isEqualTo(awaiting).isGreaterThanOrEqualTo(3);
        assertThat(due.late()).isEqualTo(late).isGreaterThanOrEqualTo(2).isLessThan(awaiting);
        assertThat(due.page().items())
                .allSatisfy(advice -> assertThat(advice.status()).isEqualTo(AdviceStatus.RECEIVED));
    }

    @Test
    void aPagePastTheLastStillCountsThem() {
        AdviceList.Due due = OrganisationContext.within(
                OrganisationContext.DEFAULT_ORGANISATION, () -> advices.due(new PageRequest(1000, 10)));

        assertThat(due.page().items()).isEmpty();
        assertThat(due.page().total()).isEqualTo(awaiting);
        assertThat(due.late()).isEqualTo(late);
    }

    private static long advice(Connection c, long body, String due, String status) throws SQLException {
        return id(
                c,
                "insert into advice (body_id, subject, kind, received_on, response_due_on, status) values (" + body
                        + ", 'Wachtend advies', 'UNSOLICITED', '2009-12-01', '" + due + "', '" + status
                        + "') returning id");
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
