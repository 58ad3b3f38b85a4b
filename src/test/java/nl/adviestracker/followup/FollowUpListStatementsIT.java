package nl.adviestracker.followup;

import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.StatementCounter;
import org.junit.jupiter.api.Test;

/**
 * A page of the follow-up list is read in one statement with its count over all pages, open ones or any other
 * status: no transaction, no second statement for the count. Only a page past the end, which has no row to carry
 * the count, reads the count by itself.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.test.count-statements", value = "true")
class FollowUpListStatementsIT {

    /** The signed-in user's session, the organisation set on each of the two connections, and the page. */
    private static final int STATEMENTS = 4;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    StatementCounter counter;

    @Test
    void aPageWithItsCountIsOneStatement() throws SQLException {
        String owner = "Team Sportvelden " + System.nanoTime();
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long body = id(db, "insert into advisory_body (name, short_name) values ('Sportraad', 'SPR') returning id");
            long advice = id(
                    db,
                    "insert into advice (body_id, subject, kind, received_on, response_due_on, status) values (" + body
                            + ", 'Advies over sportvelden', 'UNSOLICITED', date '2024-01-10', date '2024-02-21',"
                            + " 'ANSWERED') returning id");
            long point = id(
                    db,
                    "insert into point (advice_id, position, label, text, kind) values (" + advice
                            + ", 1, '1', 'Meer velden', 'RECOMMENDATION') returning id");
            long response = id(
                    db,
                    "insert into response (advice_id, stance, text, reason) values (" + advice
                            + ", 'ADOPTED', 'Ja', 'Omdat') returning id");
            id(
                    db,
                    "insert into response_point (point_id, response_id, advice_id) values (" + point + ", " + response
                            + ", " + advice + ") returning point_id");
            for (String status : List.of("OPEN", "IN_PROGRESS", "OPEN", "DONE")) {
                id(
                        db,
                        "insert into followup (response_id, advice_id, description, owner, status) values (" + response
                                + ", " + advice + ", 'Velden aanleggen', '" + owner + "', '"
                                + status + "') returning id");
            }
        }
        Api staff = accounts.staff(http);
        String mine = "&owner=" + owner.replace(" ", "%20");

        Api.Answer open = counted(staff, "/api/followups?status=open&size=2" + mine);
        assertThat(open.at("total")).isEqualTo(3);
        assertThat((List<?>) open.at("items")).hasSize(2);
        assertThat(counter.count())
                .as("statements for a page of open follow-ups")
                .isEqualTo(STATEMENTS);

        Api.Answer done = counted(staff, "/api/followups?status=DONE" + mine);
        assertThat(done.at("total")).isEqualTo(1);
        assertThat(counter.count()).as("statements for a page of one status").isEqualTo(STATEMENTS);

        Api.Answer pastTheEnd = counted(staff, "/api/followups?status=open&size=2&page=5" + mine);
        assertThat(pastTheEnd.at("total")).isEqualTo(3);
        assertThat((List<?>) pastTheEnd.at("items")).isEmpty();
        assertThat(counter.count())
                .as("a page past the end reads its count apart")
                .isEqualTo(STATEMENTS + 1);
    }

    private Api.Answer counted(Api api, String path) {
        api.get(path); // warm: the first request of a session may do more
        counter.reset();
        Api.Answer answer = api.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer;
    }
}
