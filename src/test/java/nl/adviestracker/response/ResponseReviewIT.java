package nl.adviestracker.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.OnePointAdvice;
import org.junit.jupiter.api.Test;

/**
 * A response's review over the API: each refused step answers problem+json with its reason and changes
 * nothing; the writer never approves their own words; changing an approved text sends it back; each step is
 * published after it commits.
 */
@MicronautTest(transactional = false)
class ResponseReviewIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    RouteEvents events;

    private OnePointAdvice answered(Api writer) {
        return OnePointAdvice.answeredBy(accounts, http, writer, "Respijtzorg");
    }

    /** {@code who} gives the response new words, with the version it read. */
    private static Api.Answer rewrite(Api who, OnePointAdvice a, String text) {
        String response = "/api/advices/" + a.advice() + "/responses/" + a.response();
        Map<String, Object> current = who.get(response).json();
        return who.put(
                response,
                Map.of(
                        "pointIds",
                        List.of(a.point()),
                        "stance",
                        "ADOPTED",
                        "text",
                        text,
                        "version",
                        current.get("version")));
    }

    private static void refused(Api.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat((String) answer.at("detail")).contains(detail);
    }

    @Test
    void aResponseIsOfferedSentBackWithACommentFixedAndApprovedByAColleague() {
        Api writer = accounts.staff(http);
        Api colleague = accounts.staff(http);
        long writerId = ((Number) writer.get("/api/me").at("userId")).longValue();
        long colleagueId = ((Number) colleague.get("/api/me").at("userId")).longValue();
        OnePointAdvice a = answered(writer);
        String response = "/api/advices/" + a.advice() + "/responses/" + a.response();
        String review = response + "/review";

        refused(
                colleague.post(review + "/approve", Map.of()),
                409,
                "De reactie kan niet naar 'goedgekeurd': de reactie is nog niet ter beoordeling aangeboden.");
        refused(
                colleague.post(review + "/send-back", Map.of("comment", "Korter")),
                409,
                "de reactie is al een concept");
        assertThat(writer.get(response).at("reviewState")).isEqualTo("DRAFT");

        assertThat(writer.post(review + "/ask", Map.of()).at("reviewState")).isEqualTo("READY_FOR_REVIEW");
        refused(writer.post(review + "/ask", Map.of()), 409, "alleen een concept wordt ter beoordeling aangeboden");
        refused(writer.post(review + "/approve", Map.of()), 403, "U schreef deze reactie het laatst");
        refused(writer.post(review + "/send-back", Map.of("comment", "Zelf")), 403, "U schreef deze reactie");

        Api.Answer bare = colleague.post(review + "/send-back", Map.of("comment", "  "));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.contentType()).startsWith("application/problem+json");
        assertThat(bare.at("errors.0.field")).isEqualTo("comment");
        assertThat(writer.get(response).at("reviewState")).isEqualTo("READY_FOR_REVIEW");

        Api.Answer back = colleague.post(review + "/send-back", Map.of("comment", "Noem de termijn"));
        assertThat(back.at("reviewState")).isEqualTo("DRAFT");
        assertThat(back.at("reviewComment")).isEqualTo("Noem de termijn");

        Api.Answer fixed = rewrite(writer, a, "Dat doen wij, binnen zes weken.");
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.at("reviewState")).isEqualTo("DRAFT");
        writer.post(review + "/ask", Map.of());
        Api.Answer approved = colleague.post(review + "/approve", Map.of());
        assertThat(approved.at("reviewState")).isEqualTo("APPROVED");
        assertThat(approved.at("reviewComment")).isNull();
        refused(colleague.post(review + "/approve", Map.of()), 409, "de reactie is al goedgekeurd");

        assertThat(events.of(a.advice()))
                .containsExactly(
                        new ReviewAsked(a.advice(), a.response(), List.of(a.point()), writerId, writerId),
                        new SentBack(
                                a.advice(), a.response(), List.of(a.point()), writerId, colleagueId, "Noem de termijn"),
                        new ReviewAsked(a.advice(), a.response(), List.of(a.point()), writerId, writerId),
                        new ResponseApproved(a.advice(), a.response(), List.of(a.point()), writerId, colleagueId));
    }

    @Test
    void changingAnApprovedTextSendsItBackToDraftAndItsNewWriterDoesNotApproveIt() {
        Api writer = accounts.staff(http);
        Api colleague = accounts.staff(http);
        OnePointAdvice a = answered(writer);
        String response = "/api/advices/" + a.advice() + "/responses/" + a.response();
        writer.post(response + "/review/ask", Map.of());
        colleague.post(response + "/review/approve", Map.of());

        Api.Answer changed = rewrite(colleague, a, "Dat doen wij graag.");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.at("reviewState")).isEqualTo("DRAFT");
        colleague.post(response + "/review/ask", Map.of());
        refused(colleague.post(response + "/review/approve", Map.of()), 403, "U schreef deze reactie het laatst");
        assertThat(writer.post(response + "/review/approve", Map.of()).at("reviewState"))
                .isEqualTo("APPROVED");
    }

    @Test
    void theLetterIsNotCheckedWhileAResponseWaitsForReview() {
        Api writer = accounts.staff(http);
        OnePointAdvice a = answered(writer);
        writer.post("/api/advices/" + a.advice() + "/responses/" + a.response() + "/review/ask", Map.of());
        refused(
                accounts.staff(http).post("/api/advices/" + a.advice() + "/letter/check", Map.of()),
                409,
                "nog niet goedgekeurd: de reactie op punt 1 (klaar voor beoordeling)");
        refused(
                accounts.manager(http)
                        .post(
                                "/api/advices/" + a.advice() + "/letter/finalize",
                                Map.of("ourReference", "K-1", "date", "2025-10-01")),
                409,
                "nog niet gecontroleerd");
    }
}
