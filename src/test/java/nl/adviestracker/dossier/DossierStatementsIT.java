package nl.adviestracker.dossier;

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
 * The advice page costs the same number of SQL statements for a short advice and a long one, no N+1: the dossier
 * is read in one statement.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.test.count-statements", value = "true")
class DossierStatementsIT {

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
    void anAdviceWithFiftyPointsTakesAsManyStatementsAsOneWithFive() throws SQLException {
        long body;
        long small;
        long large;
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            body = id(db, "insert into advisory_body (name, short_name) values ('Wmo-raad', 'WMO') returning id");
            small = answeredAdvice(db, body, 5);
            large = answeredAdvice(db, body, 50);
        }
        Api staff = accounts.staff(http);
        Api member = accounts.member(http, body);

        int forFive = statementsFor(staff, small, 5);
        int forFifty = statementsFor(staff, large, 50);
        assertThat(forFifty).as("statements for 50 points vs 5 points (staff)").isEqualTo(forFive);
        assertThat(statementsFor(member, large, 50))
                .as("as a member of the body")
                .isEqualTo(statementsFor(member, small, 5));
        // the signed-in user's session, the organisation set on each of the two connections, and the dossier
        // itself in one statement (Dossiers, DossierQuery)
        assertThat(forFive).as("statements for the whole advice page").isEqualTo(STATEMENTS);
        assertThat(statementsFor(member, small, 5))
                .as("as a member of the body")
                .isEqualTo(STATEMENTS);
        System.out.printf("Advice page: %d SQL statements, with 5 points and with 50%n", forFive);
    }

    private int statementsFor(Api api, long advice, int points) {
        api.get("/api/advices/" + advice); // warm: the first request of a session may do more
        counter.reset();
        Api.Answer dossier = api.get("/api/advices/" + advice);
        int count = counter.count();
        assertThat(dossier.status()).as(dossier.toString()).isEqualTo(200);
        assertThat((List<?>) dossier.at("points")).hasSize(points);
        assertThat((List<?>) dossier.at("responses")).hasSize(points / 5 * 3);
        assertThat((List<?>) dossier.at("followUps")).hasSize(points / 5);
        return count;
    }

    /**
     * An answered advice: per five points one response covering three points, two with their own response,
     * and one follow-up with two notes.
     */
    private static long answeredAdvice(Connection db, long body, int points) throws SQLException {
        long advice = id(
                db,
                "insert into advice (body_id, subject, kind, received_on, response_due_on, status) " + "values (" + body
                        + ", 'Advies met " + points
                        + " punten', 'UNSOLICITED', date '2024-01-10', date '2024-02-21', 'ANSWERED') returning id");
        long[] pointIds = new long[points];
        for (int i = 0; i < points; i++) {
            pointIds[i] = id(
                    db,
                    "insert into point (advice_id, position, label, text, kind) values (" + advice + ", " + (i + 1)
                            + ", '" + (i + 1) + "', 'Tekst van punt " + (i + 1) + "', 'RECOMMENDATION') returning id");
        }
        for (int group = 0; group < points; group += 5) {
            long together = response(db, advice, "ADOPTED", pointIds[group], pointIds[group + 1], pointIds[group + 2]);
            response(db, advice, "NOTED", pointIds[group + 3]);
            response(db, advice, "NOT_ADOPTED", pointIds[group + 4]);
            long followUp = id(
                    db,
                    "insert into followup (response_id, advice_id, description, owner) values (" + together + ", "
                            + advice + ", 'Raad informeren', 'Afdeling Wmo') returning id");
            for (int note = 0; note < 2; note++) {
                id(
                        db,
                        "insert into followup_note (followup_id, noted_on, text, author) values (" + followUp
                                + ", date '2024-03-01', 'Voortgang', 'beleid') returning id");
            }
        }
        return advice;
    }

    private static long response(Connection db, long advice, String stance, long... points) throws SQLException {
        long response = id(
                db,
                "insert into response (advice_id, stance, text, reason) values (" + advice + ", '" + stance
                        + "', 'Antwoord van het college', 'Omdat') returning id");
        for (long point : points) {
            id(
                    db,
                    "insert into response_point (point_id, response_id, advice_id) values (" + point + ", " + response
                            + ", " + advice + ") returning point_id");
        }
        return response;
    }
}
