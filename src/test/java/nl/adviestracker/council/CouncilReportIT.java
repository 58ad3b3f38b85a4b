package nl.adviestracker.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.response.Responses;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report to the council through the API on the hand-counted year 2009 ({@link HandCountedYear}): the
 * figures as JSON for a year and for a council term, the introduction kept per body and period, the open
 * data validated against its committed schema and free of personal data, and every refusal naming its field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilReportIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    FollowUps followUps;

    HandCountedYear data;
    Api staff;
    String query;

    @BeforeAll
    void buildTheYear() {
        data = new HandCountedYear(accounts, http, bodies, advices, responses, followUps);
        staff = accounts.staff(http);
        query = "bodyId=" + data.body + "&year=2009";
    }

    @Test
    void theFiguresOfTheYearAreTheHandCountedOnes() {
        Api.Answer report = staff.get("/api/reports/council?" + query);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        // received A, B, C; answered A (on time) and B (7 days late); C open and past its term on 31 December
        assertThat(report.at("body")).isEqualTo(HandCountedYear.BODY);
        assertThat(report.at("countedOn")).isEqualTo("2009-12-31");
        assertThat(report.at("received")).isEqualTo(3);
        assertThat(report.at("answered")).isEqualTo(2);
        assertThat(report.at("answeredOnTime")).isEqualTo(1);
        assertThat(report.at("answeredLate")).isEqualTo(1);
        assertThat(report.at("open")).isEqualTo(1);
        assertThat(report.at("openOverdue")).isEqualTo(1);
        assertThat(report.at("answeredAdvices.1.subject")).isEqualTo("Jeugdhulp");
        assertThat(report.at("answeredAdvices.1.movesOfDueDate")).isEqualTo(1);
        // the 5 points of A and B: overgenomen 2, niet overgenomen 1, kennisgenomen 1, wordt meegenomen 1
        Map<String, Integer> stances = new HashMap<>();
        for (Object s : (List<?>) report.at("stances")) {
            stances.put((String) ((Map<?, ?>) s).get("stance"), (Integer) ((Map<?, ?>) s).get("points"));
        }
        assertThat(stances)
                .containsEntry("ADOPTED", 2)
                .containsEntry("NOT_ADOPTED", 1)
                .containsEntry("NOTED", 1)
                .containsEntry("TAKEN_INTO_ACCOUNT", 1)
                .containsEntry("PARTLY_ADOPTED", 0);
        // three verdicts, one of each; one conversation asked for
        assertThat(report.at("verdicts.verdicts")).isEqualTo(3);
        assertThat(report.at("verdicts.satisfied")).isEqualTo(1);
        assertThat(report.at("verdicts.conversationsWanted")).isEqualTo(1);
        // D's follow-up (sent in 2008) and A's, both past their date today; A's moved once
        assertThat(report.at("openCommitments")).isEqualTo(2);
        assertThat(report.at("overdueCommitments")).isEqualTo(2);
        assertThat(report.at("commitments.1.description")).isEqualTo("Wijkaanpak Noord uitwerken");
        assertThat(report.at("commitments.1.moves.0.from")).isEqualTo("2009-06-01");
        assertThat(report.at("commitments.1.moves.0.to")).isEqualTo("2009-09-01");
        assertThat(report.at("commitments.1.moves.0.reason")).isEqualTo("De aanbesteding van de wijkteams liep uit.");
        assertThat((List<?>) report.at("commitments.1.moves"))
                .as("the same moves as the follow-up's own history")
                .hasSameSizeAs((List<?>) staff.get("/api/followups/" + report.at("commitments.1.followUpId"))
                        .at("dueDateMoves"));
        assertThat(report.at("movedAnswers.0.firstDueOn")).isEqualTo("2009-06-15");
        assertThat(report.at("movedAnswers.0.dueOn")).isEqualTo("2009-06-29");
        assertThat(report.at("repeats.0.earlierAdviceSubject")).isEqualTo("Wmo-vervoer 2008");
    }

    @Test
    void aCouncilTermRunsFromAprilOfTheElectionYear() {
        // 1 April 2006 to 31 March 2010: D (March 2008) too, and its letter of April 2008
        Api.Answer term = staff.get("/api/reports/council?bodyId=" + data.body + "&term=2006-2010");
        assertThat(term.status()).as(term.toString()).isEqualTo(200);
        assertThat(term.at("from")).isEqualTo("2006-04-01");
        assertThat(term.at("to")).isEqualTo("2010-03-31");
        assertThat(term.at("received")).isEqualTo(4);
        assertThat(term.at("answered")).isEqualTo(3);
        // the term of 2010-2014 holds none of it
        Api.Answer later = staff.get("/api/reports/council?bodyId=" + data.body + "&term=2010-2014");
        assertThat(later.at("received")).isEqualTo(0);
        assertThat(later.at("answered")).isEqualTo(0);
    }

    @Test
    void theIntroductionIsKeptPerBodyAndPeriod() {
        Map<String, Object> intro = Map.of("bodyId", data.body, "year", 2009, "text", "  Een bewogen jaar.  ");
        Api.Answer written = staff.put("/api/reports/council/introduction", intro);
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.at("text")).isEqualTo("Een bewogen jaar.");
        assertThat(staff.get("/api/reports/council?" + query).at("introduction"))
                .isEqualTo("Een bewogen jaar.");
        assertThat(staff.get("/api/reports/council?bodyId=" + data.body + "&year=2010")
                        .at("introduction"))
                .isNull();
        Api.Answer pdf = staff.get("/api/reports/council?" + query);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(
                        staff.download("/api/reports/council.pdf?" + query).bytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");

        Api.Answer removed =
                staff.put("/api/reports/council/introduction", Map.of("bodyId", data.body, "year", 2009, "text", ""));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(staff.get("/api/reports/council?" + query).at("introduction"))
                .isNull();
    }

    @Test
    void theOpenDataFollowTheirSchemaAndNameNoOne() throws Exception {
        Api.Download json = staff.download("/api/open-data/advices.json?" + query);
        assertThat(json.status()).isEqualTo(200);
        Schema schema;
        try (InputStream in = OpenData.class.getResourceAsStream(OpenData.SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        var tree = new ObjectMapper().readTree(json.bytes());
        assertThat(schema.validate(tree)).as(json.text()).isEmpty();
        // only the letters sent in 2009: A and B, not C (unanswered) nor D (sent in 2008)
        assertThat(tree.get("advices")).hasSize(2);
        assertThat(tree.at("/advices/1/subject").asText()).isEqualTo("Jeugdhulp");
        assertThat(tree.at("/advices/1/answeredOnTime").asBoolean()).isFalse();
        assertThat(tree.at("/advices/0/stances/ADOPTED").asInt()).isEqualTo(2);
        assertThat(tree.at("/advices/0/verdicts").isNull())
                .as("the body did not choose to show its verdicts")
                .isTrue();
        Api.Download csv = staff.download("/api/open-data/advices.csv?" + query);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines().toList()).hasSize(3);
        assertThat(csv.text()).startsWith("id,body,subject,kind,theme,receivedOn");
        for (String export : List.of(json.text(), csv.text())) {
            // owners, portfolio holders, reasons, point and response texts and explanations stay out
            assertThat(export)
                    .doesNotContain("Afdeling DMO Beleid")
                    .doesNotContain("wethouder")
                    .doesNotContain("minimaregelingen")
                    .doesNotContain("Wij nemen")
                    .doesNotContain("wachtlijsten")
                    .doesNotContain("Afdeling Wmo");
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused(staff.get("/api/reports/council?bodyId=999999&year=2009"), "bodyId");
        assertRefused(staff.get("/api/reports/council?year=2009"), "bodyId");
        assertRefused(staff.get("/api/reports/council?bodyId=" + data.body + "&year=1800"), "year");
        assertRefused(staff.get("/api/reports/council?bodyId=" + data.body), "year");
        assertRefused(staff.get("/api/reports/council?bodyId=" + data.body + "&year=2009&term=2006-2010"), "year");
        assertRefused(staff.get("/api/reports/council?bodyId=" + data.body + "&term=2006-2009"), "term");
        assertRefused(staff.get("/api/reports/council?bodyId=" + data.body + "&term=raad"), "term");
        assertRefused(staff.get("/api/open-data/advices.json?bodyId=999999&year=2009"), "bodyId");
        assertRefused(
                staff.put(
                        "/api/reports/council/introduction",
                        Map.of("bodyId", data.body, "year", 2009, "text", "x".repeat(4001))),
                "text");
        assertThat(staff.get("/api/reports/council?" + query).at("introduction"))
                .as("nothing stored by the refused introduction")
                .isNull();
    }

    @Test
    void membersOfTheBodyMayNotHaveIt() {
        Api member = accounts.member(http, data.body);
        assertThat(member.get("/api/reports/council?" + query).status()).isEqualTo(403);
        assertThat(member.get("/api/open-data/advices.json?" + query).status()).isEqualTo(403);
        assertThat(member.put(
                                "/api/reports/council/introduction",
                                Map.of("bodyId", data.body, "year", 2009, "text", "Van ons."))
                        .status())
                .isEqualTo(403);
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat((List<?>) answer.at("errors"))
                .as(answer.toString())
                .anySatisfy(
                        error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }
}
