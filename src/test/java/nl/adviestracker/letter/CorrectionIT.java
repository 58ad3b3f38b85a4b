package nl.adviestracker.letter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.Test;

/**
 * Once the letter is final, a response is not changed in place: a correction or supplement is a record of
 * its own (who, when, why), shown beside the response, and it goes out in a supplementary letter through the
 * same letter machinery, kept byte for byte once final, while the reply letter stays exactly as sent.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.demo-data", value = "true")
class CorrectionIT {

    /** The demo organisation's letters are signed by the burgemeester and the secretaris. */
    static final int DEMO_SIGNATORIES = 2;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void aCorrectionAfterTheFinalLetterGoesOutInASupplementaryLetterAndTheReplyStaysAsSent() {
        Api staff = Accounts.logIn(http, "beleid", "demo");
        Api manager = accounts.manager(http);
        long body = ((Number) staff.get("/api/bodies").at("0.id")).longValue();
        Api member = accounts.member(http, body);
        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId", body,
                                "subject", "Minimaregelingen",
                                "kind", "UNSOLICITED",
                                "receivedOn", "2025-01-10",
                                "points",
                                        List.of(
                                                Map.of(
                                                        "label",
                                                        "1",
                                                        "text",
                                                        "Verhoog de grens",
                                                        "kind",
                                                        "RECOMMENDATION"),
                                                Map.of("label", "2", "text", "Eén loket", "kind", "RECOMMENDATION"))))
                .id();
        long first = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long second = ((Number) staff.get("/api/advices/" + advice).at("points.1.id")).longValue();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds", List.of(first),
                                "stance", "ADOPTED",
                                "paraphrase", "U vraagt de inkomensgrens te verhogen",
                                "text", "Dat doen wij per 1 januari."))
                .id();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(second), "stance", "ADOPTED", "text", "Dat loket komt er."));

        // before the letter is final, a correction is refused: change the response itself
        Api.Answer tooEarly = staff.post(
                "/api/advices/" + advice + "/corrections",
                Map.of("responseId", response, "kind", "SUPPLEMENT", "text", "Ook voor studenten.", "why", "Vergeten"));
        assertThat(tooEarly.status()).isEqualTo(409);

        assertThat(LetterSteps.checkAndFinalize(accounts, http, manager, advice, "DMO-2025-3", "2025-02-14")
                        .status())
                .isEqualTo(201);
        byte[] sent = bytes(staff, "/api/advices/" + advice + "/letter.pdf");

        // final but not yet sent: the letter goes out as approved, a correction follows it
        Api.Answer notSent = staff.post(
                "/api/advices/" + advice + "/corrections",
                Map.of("responseId", response, "kind", "SUPPLEMENT", "text", "Ook voor studenten.", "why", "Vergeten"));
        assertThat(notSent.status()).isEqualTo(409);
        assertThat(notSent.at("detail").toString()).contains("nog niet verstuurd");
        LetterSteps.decideAndSend(manager, advice, "2025-02-17");

        // a departing stance without its reason is refused, naming the field; nothing stored
        Api.Answer noReason = staff.post(
                "/api/advices/" + advice + "/corrections",
                Map.of(
                        "responseId", response,
                        "kind", "CORRECTION",
                        "stance", "PARTLY_ADOPTED",
                        "text", "Wij verhogen de grens tot 125 procent.",
                        "why", "De begroting laat minder ruimte dan gedacht."));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.at("errors.0.field")).isEqualTo("reason");
        assertThat((List<?>)
                        staff.get("/api/advices/" + advice + "/corrections").body())
                .isEmpty();

        Api.Answer corrected = staff.post(
                "/api/advices/" + advice + "/corrections",
                Map.of(
                        "responseId", response,
                        "kind", "CORRECTION",
                        "stance", "PARTLY_ADOPTED",
                        "text", "Wij verhogen de grens tot 125 procent.",
                        "reason", "De gemeenteraad heeft het budget verlaagd",
                        "why", "De begroting laat minder ruimte dan gedacht.",
                        "correctedOn", "2025-03-03"));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.at("createdBy")).isEqualTo("beleid");
        assertThat(corrected.at("letterVersionId")).isNull();

        // the response itself is still as sent, and refuses a change in place
        assertThat(staff.get("/api/advices/" + advice + "/responses/" + response)
                        .at("stance"))
                .isEqualTo("ADOPTED");

        // the draft supplementary letter carries the correction, its reason, and is marked CONCEPT
        String draft = ReadBack.pdfBody(bytes(staff, "/api/advices/" + advice + "/supplement.pdf"));
        assertThat(draft)
                .contains("Aanvulling: ", "(ons kenmerk DMO-2025-3)", "Correctie van 3 maart 2025")
                .contains("deels overgenomen", "De begroting laat minder ruimte dan gedacht.")
                .contains("De gemeenteraad heeft het budget verlaagd");

        assertThat(staff.post(
                                "/api/advices/" + advice + "/supplement/finalize",
                                Map.of("ourReference", "DMO-2025-9", "date", "2025-03-10"))
                        .status())
                .as("only the approver (a manager by default) makes it final")
                .isEqualTo(403);
        Api.Answer supplement = manager.post(
                "/api/advices/" + advice + "/supplement/finalize",
                Map.of("ourReference", "DMO-2025-9", "date", "2025-03-10"));
        assertThat(supplement.status()).isEqualTo(201);
        assertThat(supplement.at("kind")).isEqualTo("SUPPLEMENT");
        int number = ((Number) supplement.at("number")).intValue();

        // kept byte for byte; the reply letter unchanged; the correction now sent; nothing left to send
        byte[] kept = bytes(staff, "/api/advices/" + advice + "/letter/versions/" + number + ".pdf");
        assertThat(ReadBack.pdfBody(kept))
                .contains("DMO-2025-9", "10 maart 2025")
                .doesNotContain("CONCEPT");
        assertThat(bytes(staff, "/api/advices/" + advice + "/letter/versions/" + number + ".pdf"))
                .isEqualTo(kept);

        // the supplementary letter as sent, golden in every format (supplementary-letter.approved.txt)
        String supplementary = "supplementary-letter";
        String path = "/api/advices/" + advice + "/letter/versions/" + number;
        Approvals.verifyParagraphs(
                supplementary, "html", ReadBack.htmlParagraphs(new String(bytes(staff, path + ".html"), UTF_8)));
        Approvals.verifyParagraphs(supplementary, "docx", ReadBack.docxParagraphs(bytes(staff, path + ".docx")));
        Approvals.verifyRunningText(
                supplementary,
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, DEMO_SIGNATORIES),
                ReadBack.pdfBody(kept));
        Approvals.keepToLookAt(supplementary, kept);
        assertThat(bytes(staff, "/api/advices/" + advice + "/letter.pdf")).isEqualTo(sent);
        assertThat(staff.get("/api/advices/" + advice + "/corrections").at("0.letterVersionId"))
                .isNotNull();
        assertThat(staff.get("/api/advices/" + advice + "/supplement.html").status())
                .isEqualTo(409);

        // the body's members read the correction beside the answer
        assertThat(member.get("/api/advices/" + advice + "/corrections").at("0.why"))
                .isEqualTo("De begroting laat minder ruimte dan gedacht.");
    }

    private byte[] bytes(Api api, String path) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET(path).cookie(Cookie.of("adviestracker_session", api.session())),
                        Argument.of(byte[].class));
    }
}
