package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reply letter over the API: it cannot be finalized while a point is open; only a manager
 * finalizes; a finalized letter never changes; versions are kept and compared; user text is escaped.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.demo-data", value = "true")
class ReplyLetterIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api staff;
    long demoAdvice;

    @BeforeEach
    void logInAsTheDemoPolicyOfficer() {
        staff = Accounts.logIn(http, "beleid", "demo");
        demoAdvice = ((Number) staff.get("/api/advices?sort=received").at("items.0.id")).longValue();
    }

    @Test
    void aLetterWithAnUnansweredPointCannotBeFinalizedAndSaysWhichPoint() {
        long body = ((Number) staff.get("/api/advices/" + demoAdvice).at("advice.bodyId")).longValue();
        Api member = accounts.member(http, body);
        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Schuldhulp",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-09-01",
                                "points",
                                List.of(
                                        Map.of("label", "1", "text", "Eerder signaleren", "kind", "RECOMMENDATION"),
                                        Map.of("label", "2", "text", "Minder formulieren", "kind", "RECOMMENDATION"))))
                .id();
        long first = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(first), "stance", "ADOPTED", "text", "Dat doen we."));

        Api manager = accounts.manager(http);
        LetterSteps.check(accounts, http, advice);
        Api.Answer refused = manager.post(
                "/api/advices/" + advice + "/letter/finalize",
                Map.of("ourReference", "DMO-2024-1", "date", "2024-10-01"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.at("detail")).contains("punt 2 heeft nog geen reactie");
        assertThat(refused.at("errors.0.field")).isEqualTo("points");
        assertThat(staff.get("/api/advices/" + advice).at("advice.status")).isEqualTo("RECEIVED");
    }

    @Test
    void onlyAManagerFinalizesAndTheSentLetterNeverChanges() {
        Api.Answer byStaff = staff.post(
                "/api/advices/" + demoAdvice + "/letter/finalize",
                Map.of("ourReference", "DMO-2024-17", "date", "2024-03-12"));
        assertThat(byStaff.status()).isEqualTo(403);

        Api manager = accounts.manager(http);
        Api.Answer unchecked = manager.post(
                "/api/advices/" + demoAdvice + "/letter/finalize",
                Map.of("ourReference", "DMO-2024-17", "date", "2024-03-12"));
        assertThat(unchecked.status()).isEqualTo(409);
        assertThat((String) unchecked.at("detail")).contains("de brief is nog niet gecontroleerd");
        Api.Answer finalized =
                LetterSteps.checkAndFinalize(accounts, http, manager, demoAdvice, "DMO-2024-17", "2024-03-12");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(201);
        assertThat(finalized.at("isFinal")).isEqualTo(true);
        byte[] sent = bytes(staff, "/api/advices/" + demoAdvice + "/letter.pdf");
        assertThat(ReadBack.pdfBody(sent)).contains("DMO-2024-17", "12 maart 2024");

        Map<String, Object> response = staff.get("/api/advices/" + demoAdvice + "/responses").list().stream()
                .map(r -> (Map<String, Object>) r)
                .findFirst()
                .orElseThrow();
        Api.Answer edited = staff.put(
                "/api/advices/" + demoAdvice + "/responses/" + response.get("id"),
                Map.of(
                        "pointIds",
                        response.get("pointIds"),
                        "stance",
                        response.get("stance"),
                        "text",
                        "Een later gewijzigde tekst.",
                        "reason",
                        response.get("reason"),
                        "version",
                        response.get("version")));
        // once the letter is final its responses are frozen: the sent letter and the stored answer agree
        assertThat(edited.status()).isEqualTo(409);
        assertThat(edited.at("detail")).asString().contains("De brief is definitief");

        assertThat(bytes(staff, "/api/advices/" + demoAdvice + "/letter.pdf")).isEqualTo(sent);
        assertThat(text(staff, "/api/advices/" + demoAdvice + "/letter.html"))
                .doesNotContain("Een later gewijzigde tekst.");
        // final is not sent: the advice is answered, and its members see the letter, only once it is sent
        assertThat(staff.get("/api/advices/" + demoAdvice).at("advice.status")).isEqualTo("RECEIVED");
        Api member = Accounts.logIn(http, "asdg", "demo");
        assertThat(member.get("/api/advices/" + demoAdvice + "/letter.pdf").status())
                .isEqualTo(403);
        assertThat(manager.post(
                                "/api/advices/" + demoAdvice + "/letter/finalize",
                                Map.of("ourReference", "X", "date", "2024-03-13"))
                        .status())
                .isEqualTo(409);
        Map<String, Object> texts = new HashMap<>(
                staff.get("/api/advices/" + demoAdvice + "/letter").json());
        texts.put("closing", "Een slotalinea van na het versturen.");
        Api.Answer textsAfterSending = staff.put("/api/advices/" + demoAdvice + "/letter", texts);
        assertThat(textsAfterSending.status()).isEqualTo(409);
        assertThat(textsAfterSending.at("detail")).asString().contains("De brief is definitief");
        assertThat(staff.get("/api/advices/" + demoAdvice + "/letter").at("closing"))
                .isNotEqualTo("Een slotalinea van na het versturen.");

        LetterSteps.decideAndSend(staff, demoAdvice, "2024-03-14");
        assertThat(staff.get("/api/advices/" + demoAdvice).at("advice.status")).isEqualTo("ANSWERED");
        assertThat(bytes(member, "/api/advices/" + demoAdvice + "/letter.pdf")).isEqualTo(sent);
    }

    @Test
    void versionsAreKeptAndComparedLineByLine() {
        long advice = answeredAdvice("Versies");
        Api.Answer first = staff.post("/api/advices/" + advice + "/letter/versions", Map.of());
        assertThat(first.status()).isEqualTo(201);
        Api.Answer texts = staff.get("/api/advices/" + advice + "/letter");
        Map<String, Object> changed = new java.util.HashMap<>(texts.json());
        changed.put("closing", "Wij zien graag dat de ASDG betrokken blijft.");
        changed.remove("attachments");
        assertThat(staff.put("/api/advices/" + advice + "/letter", changed).status())
                .isEqualTo(200);
        Api.Answer second = staff.post("/api/advices/" + advice + "/letter/versions", Map.of());
        int from = ((Number) first.at("number")).intValue();
        int to = ((Number) second.at("number")).intValue();

        Api.Answer diff = staff.get("/api/advices/" + advice + "/letter/versions/" + from + "/diff/" + to);
        assertThat((List<?>) diff.at("changes")).hasSize(1);
        assertThat(diff.at("changes.0.after.0")).isEqualTo("Wij zien graag dat de ASDG betrokken blijft.");
        assertThat((List<?>)
                        staff.get("/api/advices/" + advice + "/letter/versions").body())
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(bytes(staff, "/api/advices/" + advice + "/letter/versions/" + from + ".pdf"))
                .startsWith('%', 'P');
    }

    @Test
    void userTextAppearsLiterallyInTheLetter() {
        long advice = answeredAdvice("<script>alert(1)</script> en {{advisoryBody}}");

        String html = text(staff, "/api/advices/" + advice + "/letter.html");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; en {{advisoryBody}}")
                .doesNotContain("<script>");
        assertThat(ReadBack.pdfBody(bytes(staff, "/api/advices/" + advice + "/letter.pdf")))
                .contains("<script>alert(1)</script> en {{advisoryBody}}");
    }

    @Test
    void anAdviceDatedMonthsBeforeItWasReceivedIsAnsweredAsTheBodysLetterOfThatDate() {
        long body = ((Number) staff.get("/api/advices/" + demoAdvice).at("advice.bodyId")).longValue();
        Map<String, Object> input = new HashMap<>();
        input.put("bodyId", body);
        input.put("subject", "advies over het Minimabeleid 2026");
        input.put("kind", "UNSOLICITED");
        input.put("letterDatedOn", "2025-11-14");
        input.put("receivedOn", "2026-02-02");
        input.put(
                "points",
                List.of(
                        Map.of("label", "1", "text", "Verhoog de inkomensgrens", "kind", "RECOMMENDATION"),
                        Map.of("label", "2", "text", "Maak de aanvraag digitaal", "kind", "RECOMMENDATION")));
        long advice = accounts.member(http, body).post("/api/advices", input).id();
        assertThat(staff.get("/api/advices/" + advice).at("advice.receivedOn")).isEqualTo("2026-02-02");
        long first = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long second = ((Number) staff.get("/api/advices/" + advice).at("points.1.id")).longValue();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds", List.of(first),
                        "stance", "NOT_ADOPTED",
                        "paraphrase", "U vraagt de inkomensgrens te verhogen",
                        "text", "Dit advies nemen wij niet over.",
                        "reason", "De begroting 2026 biedt daarvoor geen ruimte"));
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds", List.of(second),
                        "stance", "ADOPTED",
                        "paraphrase", "U vraagt de aanvraag digitaal mogelijk te maken",
                        "text", "Dat doen wij in de loop van 2026."));
        assertThat(LetterSteps.checkAndFinalize(
                                accounts, http, accounts.manager(http), advice, "DMO-2026-4", "2026-03-02")
                        .status())
                .isEqualTo(201);

        // "uw brief van" and the opening name the date of the body's letter, not the day it came in
        String approved = "early-dated-advice-letter";
        Approvals.verifyParagraphs(
                approved, "html", ReadBack.htmlParagraphs(text(staff, "/api/advices/" + advice + "/letter.html")));
        Approvals.verifyParagraphs(
                approved, "docx", ReadBack.docxParagraphs(bytes(staff, "/api/advices/" + advice + "/letter.docx")));
        byte[] pdf = bytes(staff, "/api/advices/" + advice + "/letter.pdf");
        Approvals.verifyRunningText(
                approved,
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, CorrectionIT.DEMO_SIGNATORIES),
                ReadBack.pdfBody(pdf));
        Approvals.keepToLookAt(approved, pdf);
    }

    @Test
    void aSupplementToAnEarlierAdviceIsAnsweredAsTheBodysAddition() {
        long body = ((Number) staff.get("/api/advices/" + demoAdvice).at("advice.bodyId")).longValue();
        Map<String, Object> input = new HashMap<>();
        input.put("bodyId", body);
        input.put("subject", "aanvullend advies over het Minimabeleid 2026");
        input.put("kind", "UNSOLICITED");
        input.put("supplementsAdviceId", demoAdvice);
        input.put("letterDatedOn", "2026-03-20");
        input.put("receivedOn", "2026-03-23");
        input.put(
                "points",
                List.of(Map.of("label", "1", "text", "Betrek de cliëntenraad bij de uitvoering", "kind", "REQUEST")));
        long advice = accounts.member(http, body).post("/api/advices", input).id();
        assertThat(staff.get("/api/advices/" + advice).at("advice.supplementsAdviceId"))
                .isEqualTo((int) demoAdvice);
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds", List.of(point),
                        "stance", "ADOPTED",
                        "paraphrase", "U vraagt de cliëntenraad bij de uitvoering te betrekken",
                        "text", "Dat doen wij vanaf april 2026."));
        assertThat(LetterSteps.checkAndFinalize(
                                accounts, http, accounts.manager(http), advice, "DMO-2026-9", "2026-04-07")
                        .status())
                .isEqualTo(201);

        // the opening and closing speak of the addition to the earlier advice, dated as the body's letter
        String approved = "supplement-advice-letter";
        Approvals.verifyParagraphs(
                approved, "html", ReadBack.htmlParagraphs(text(staff, "/api/advices/" + advice + "/letter.html")));
        Approvals.verifyParagraphs(
                approved, "docx", ReadBack.docxParagraphs(bytes(staff, "/api/advices/" + advice + "/letter.docx")));
        byte[] pdf = bytes(staff, "/api/advices/" + advice + "/letter.pdf");
        Approvals.keepToLookAt(approved, pdf);
        Approvals.verifyRunningText(
                approved,
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, CorrectionIT.DEMO_SIGNATORIES),
                ReadBack.pdfBody(pdf));
    }

    /** A new advice of the demo body with one point, answered (adopted) with the given text. */
    private long answeredAdvice(String responseText) {
        long body = ((Number) staff.get("/api/advices/" + demoAdvice).at("advice.bodyId")).longValue();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Eén punt",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-09-01",
                                "points",
                                List.of(Map.of("label", "1", "text", "Graag", "kind", "REQUEST"))))
                .id();
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", responseText));
        return advice;
    }

    private byte[] bytes(Api api, String path) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET(path).cookie(Cookie.of("adviestracker_session", api.session())),
                        Argument.of(byte[].class));
    }

    private String text(Api api, String path) {
        return new String(bytes(api, path), java.nio.charset.StandardCharsets.UTF_8);
    }
}
