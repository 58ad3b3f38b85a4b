package nl.adviestracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.ReviewState;

/**
 * The reply letter's route as tests walk it through the API: a second official who wrote nothing checks
 * it, a manager makes it final, the college decides, and it is sent. Each step must succeed.
 */
public final class LetterSteps {

    private LetterSteps() {}

    /**
     * Every response of the advice through its review: offered for review where it is a draft, and approved by
     * a new staff account, who wrote none of them. Each step must succeed.
     */
    @SuppressWarnings("unchecked")
    public static void approveResponses(Accounts accounts, HttpClient http, long advice) {
        Api reviewer = accounts.staff(http);
        Api.Answer listed = reviewer.get("/api/advices/" + advice + "/responses");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        for (Map<String, Object> response : (List<Map<String, Object>>) listed.body()) {
            String path = "/api/advices/" + advice + "/responses/" + response.get("id") + "/review";
            if ("APPROVED".equals(response.get("reviewState"))) {
                continue;
            }
            if ("DRAFT".equals(response.get("reviewState"))) {
                Api.Answer asked = reviewer.post(path + "/ask", Map.of());
                assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
            }
            Api.Answer approved = reviewer.post(path + "/approve", Map.of());
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        }
    }

    /**
     * The same through the use case, for set-ups that build their world without HTTP: {@code reviewer} (who
     * wrote none of the responses) offers each draft for review and approves it.
     */
    public static void approveResponses(
            Responses responses, ResponseReviews reviews, SignedInUser reviewer, long advice) {
        for (ResponseView response : responses.list(advice)) {
            if (response.reviewState() == ReviewState.APPROVED) {
                continue;
            }
            if (response.reviewState() == ReviewState.DRAFT) {
                reviews.askReview(reviewer, advice, response.id());
            }
            reviews.approve(reviewer, advice, response.id());
        }
    }

    /**
     * A new staff account, who wrote no part of the letter, checks it, once its responses are approved
     * ({@link #approveResponses}).
     */
    public static void check(Accounts accounts, HttpClient http, long advice) {
        approveResponses(accounts, http, advice);
        Api.Answer checked = accounts.staff(http).post("/api/advices/" + advice + "/letter/check", Map.of());
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
    }

    /** Checked by a second official, then the answer of {@code manager}'s attempt to make it final. */
    public static Api.Answer checkAndFinalize(
            Accounts accounts, HttpClient http, Api manager, long advice, String ourReference, String date) {
        check(accounts, http, advice);
        return manager.post(
                "/api/advices/" + advice + "/letter/finalize", Map.of("ourReference", ourReference, "date", date));
    }

    /** The college decided on the final letter and it was sent by post, both on {@code date}: the advice is answered. */
    public static void decideAndSend(Api staff, long advice, String date) {
        decideAndSend(staff, advice, date, "POST");
    }

    /**
     * The college decided on the final letter and it was sent by {@code means}, both on {@code date}: the advice
     * is answered. By e-mail only to a body with an address.
     */
    public static void decideAndSend(Api staff, long advice, String date, String means) {
        Api.Answer decided = staff.post(
                "/api/advices/" + advice + "/letter/decision",
                Map.of("kind", "COLLEGE", "number", "B&W " + date, "decidedOn", date));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        Api.Answer sent =
                staff.post("/api/advices/" + advice + "/letter/sending", Map.of("sentOn", date, "means", means));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    }

    /** The whole route: checked, final, decided and sent by post, the advice answered. */
    public static void sendFinal(
            Accounts accounts, HttpClient http, Api manager, long advice, String ourReference, String date) {
        sendFinal(accounts, http, manager, advice, ourReference, date, "POST");
    }

    /** The whole route: checked, final, decided and sent by {@code means}, the advice answered. */
    public static void sendFinal(
            Accounts accounts,
            HttpClient http,
            Api manager,
            long advice,
            String ourReference,
            String date,
            String means) {
        Api.Answer finalized = checkAndFinalize(accounts, http, manager, advice, ourReference, date);
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(201);
        decideAndSend(manager, advice, date, means);
    }
}
