package nl.adviestracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.util.Map;

/**
 * The reply letter's route as tests walk it through the API: a second official who wrote nothing checks
 * it, a manager makes it final, the college decides, and it is sent. Each step must succeed.
 */
public final class LetterSteps {

    private LetterSteps() {}

    /** A new staff account, who wrote no part of the letter, checks it. */
    public static void check(Accounts accounts, HttpClient http, long advice) {
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

    /** The college decided on the final letter and it was sent by e-mail, both on {@code date}: the advice is answered. */
    public static void decideAndSend(Api staff, long advice, String date) {
        Api.Answer decided = staff.post(
                "/api/advices/" + advice + "/letter/decision",
                Map.of("kind", "COLLEGE", "number", "B&W " + date, "decidedOn", date));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        Api.Answer sent =
                staff.post("/api/advices/" + advice + "/letter/sending", Map.of("sentOn", date, "means", "EMAIL"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
    }

    /** The whole route: checked, final, decided and sent, the advice answered. */
    public static void sendFinal(
            Accounts accounts, HttpClient http, Api manager, long advice, String ourReference, String date) {
        Api.Answer finalized = checkAndFinalize(accounts, http, manager, advice, ourReference, date);
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(201);
        decideAndSend(manager, advice, date);
    }
}
