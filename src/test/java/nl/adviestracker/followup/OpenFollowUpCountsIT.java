package nl.adviestracker.followup;

import static nl.adviestracker.support.Sql.exec;
import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The manager's summary of open follow-ups, against a set small enough to count by hand. Today is
 * 1 June 2025.
 *
 * <pre>
 * owner        theme    status       due          created      advice
 * Afdeling Jeugd Jeugd  OPEN         2025-05-01   2025-01-01   received   late
 * afdeling jeugd -      IN_PROGRESS  -            2025-05-01   received   (same owner, other case; no theme)
 * DMO           Armoede OPEN         2025-12-01   2025-03-01   received
 * DMO           Armoede DONE         2025-01-01   2024-01-01   received   closed: not counted
 * DMO           Armoede OPEN         2025-01-01   2024-01-01   deleted    not counted
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenFollowUpCountsIT {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** Three age bands: up to 31 days, 32 to 92, older. */
    static final List<Integer> AGE_BAND_ENDS = List.of(31, 92);

    @Inject
    OpenFollowUpCounts counts;

    @Inject
    DataSource dataSource;

    @BeforeAll
    void handCountedData() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long body = id(c, "insert into advisory_body (name, short_name) values ('Adviesgroep', 'A') returning id");
            long jeugd = advice(c, body, "'Jeugd'");
            long noTheme = advice(c, body, "null");
            long armoede = advice(c, body, "'Armoede'");
            long deleted = advice(c, body, "'Armoede'");
            exec(c, "update advice set deleted_at = now() where id = " + deleted);
            followUp(c, jeugd, "Afdeling Jeugd", "OPEN", "'2025-05-01'", "2025-01-01");
            followUp(c, noTheme, "afdeling jeugd", "IN_PROGRESS", "null", "2025-05-01");
            followUp(c, armoede, "DMO", "OPEN", "'2025-12-01'", "2025-03-01");
            followUp(c, armoede, "DMO", "DONE", "'2025-01-01'", "2024-01-01");
            followUp(c, deleted, "DMO", "OPEN", "'2025-01-01'", "2024-01-01");
        }
    }

    @Test
    void totalsCountOnlyOpenFollowUpsOfAdvicesThatExist() {
        OpenFollowUpCounts.Counts now = counts.on(TODAY, AGE_BAND_ENDS);

        assertThat(now.open()).isEqualTo(3);
        assertThat(now.overdue()).as("due 1 May").isEqualTo(1);
        assertThat(now.undated()).isEqualTo(1);
    }

    @Test
    void ownersAreGroupedWhateverTheirCaseAndTheGroupWithMostLateComesFirst() {
        assertThat(counts.on(TODAY, AGE_BAND_ENDS).byOwner())
                .containsExactly(
                        new OpenFollowUpCounts.Group("Afdeling Jeugd", 2, 1, 151),
                        new OpenFollowUpCounts.Group("DMO", 1, 0, 92));
    }

    @Test
    void followUpsOfAnAdviceWithoutThemeHaveAGroupOfTheirOwn() {
        assertThat(counts.on(TODAY, AGE_BAND_ENDS).byTheme())
                .containsExactly(
                        new OpenFollowUpCounts.Group("Jeugd", 1, 1, 151),
                        new OpenFollowUpCounts.Group("Armoede", 1, 0, 92),
                        new OpenFollowUpCounts.Group("zonder thema", 1, 0, 31));
    }

    @Test
    void eachAgeBandCountsTheFollowUpsMadeUpToItsLastDayAgoAsLateOnScheduleOrUndated() {
        assertThat(counts.on(TODAY, AGE_BAND_ENDS).byAge())
                .containsExactly(
                        new OpenFollowUpCounts.AgeCount(0, 0, 0, 1),
                        new OpenFollowUpCounts.AgeCount(1, 0, 1, 0),
                        new OpenFollowUpCounts.AgeCount(2, 1, 0, 0));
    }

    private static long advice(Connection c, long body, String theme) throws SQLException {
        return id(
                c,
                "insert into advice (body_id, subject, kind, received_on, response_due_on, status, theme) values ("
                        + body + ", 'Advies', 'UNSOLICITED', '2025-01-01', '2025-02-12', 'RECEIVED', " + theme
                        + ") returning id");
    }

    private static void followUp(Connection c, long advice, String owner, String status, String due, String created)
            throws SQLException {
        long point = id(
                c,
                "insert into point (advice_id, position, label, text, kind) select " + advice
                        + ", count(*) + 1, (count(*) + 1)::text, 'Punt', 'REQUEST' from point where advice_id = "
                        + advice
                        + " returning id");
        long response = id(
                c,
                "insert into response (advice_id, stance, text) values (" + advice
                        + ", 'ADOPTED', 'Antwoord') returning id");
        exec(
                c,
                "insert into response_point (point_id, response_id, advice_id) values (" + point + ", " + response
                        + ", " + advice + ")");
        exec(
                c,
                "insert into followup (response_id, advice_id, description, owner, due_on, status, created_at) values ("
                        + response + ", " + advice + ", 'Toezegging', '" + owner + "', " + due + ", '" + status + "', '"
                        + created
                        + " 12:00:00 Europe/Amsterdam')");
    }
}
