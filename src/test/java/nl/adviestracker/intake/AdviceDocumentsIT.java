package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff keep documents with an advice (the letters of an advice from earlier years): accepted as intake accepts
 * an upload, kept byte for byte; the body's members read the body's own document, and the college's once the
 * advice is answered.
 */
@MicronautTest(transactional = false)
class AdviceDocumentsIT {

    static final byte[] PDF = "%PDF-1.4\nAntwoordbrief van het college\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api staff;
    Api member;
    long advice;

    @BeforeEach
    void aReceivedAdvice() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name", "Adviesraad documenten " + System.nanoTime(),
                                "shortName", "DOC" + System.nanoTime() % 100000))
                .id();
        member = accounts.member(http, body);
        advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Minimabeleid 2007",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2007-03-05",
                                "points",
                                List.of(Map.of("label", "1", "text", "Leg het uit.", "kind", "RECOMMENDATION"))))
                .id();
        staff = accounts.staff(http);
    }

    @Test
    void staffKeepTheLettersAndTheBodyReadsItsOwnUntilTheAnswerIsSent() {
        Api.Answer letter = attach(staff, "REPLY_LETTER", "antwoordbrief 2007.pdf", PDF);
        assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
        assertThat(letter.at("kind")).isEqualTo("REPLY_LETTER");
        assertThat(letter.at("filename")).isEqualTo("antwoordbrief 2007.pdf");
        assertThat(letter.at("contentType")).isEqualTo("application/pdf");
        assertThat(((Number) letter.at("size")).intValue()).isEqualTo(PDF.length);
        byte[] text = "Advies van de adviesraad over het minimabeleid 2007.".getBytes(StandardCharsets.UTF_8);
        Api.Answer original = attach(staff, "ADVICE", "advies.txt", text);
        assertThat(original.status()).as(original.toString()).isEqualTo(201);

        assertThat(staff.get("/api/advices/" + advice + "/documents").list())
                .extracting(d -> (Object) ((Map<?, ?>) d).get("kind"))
                .containsExactly("REPLY_LETTER", "ADVICE");
        Api.Download download = staff.download("/api/advices/" + advice + "/documents/" + letter.id());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.disposition()).startsWith("attachment;");
        assertThat(staff.download("/api/advices/" + advice + "/document").bytes())
                .as("the original is the body's own document")
                .isEqualTo(text);

        assertThat(member.get("/api/advices/" + advice + "/documents").list())
                .extracting(d -> (Object) ((Map<?, ?>) d).get("kind"))
                .containsExactly("ADVICE");
        assertThat(member.download("/api/advices/" + advice + "/documents/" + letter.id())
                        .status())
                .as("the college's letter, before the answer reached the body")
                .isEqualTo(404);
        assertThat(attach(member, "OTHER", "notulen.txt", text).status()).isEqualTo(403);
    }

    @Test
    void whatIntakeRefusesIsRefusedNamingTheField() {
        Api.Answer image = attach(staff, "OTHER", "foto.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertThat(image.status()).isEqualTo(415);
        assertThat(image.contentType()).startsWith("application/problem+json");
        assertThat(image.toString()).contains("field=contentBase64", "afbeelding");

        Api.Answer empty = attach(staff, "OTHER", "leeg.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);

        Api.Answer noKind = staff.post(
                "/api/advices/" + advice + "/documents",
                Map.of(
                        "fileName",
                        "brief.pdf",
                        "contentBase64",
                        Base64.getEncoder().encodeToString(PDF)));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.toString()).contains("kind");
        assertThat(staff.get("/api/advices/" + advice + "/documents").list()).isEmpty();
    }

    private Api.Answer attach(Api who, String kind, String fileName, byte[] bytes) {
        return who.post(
                "/api/advices/" + advice + "/documents",
                Map.of(
                        "kind",
                        kind,
                        "fileName",
                        fileName,
                        "contentBase64",
                        Base64.getEncoder().encodeToString(bytes)));
    }
}
