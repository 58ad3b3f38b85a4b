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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * From a fresh start with the demo data, one API call gives the reply letter to the ASDG advice of
 * seed 004, and it reads as the seed letter paragraph for paragraph, in PDF and in HTML.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.demo-data", value = "true")
class DemoLetterIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDemoLetterReadsAsTheSeedLetterParagraphByParagraph() {
        Api staff = Accounts.logIn(http, "beleid", "demo");
        long demoAdvice = ((Number) staff.get("/api/advices?sort=received").at("items.0.id")).longValue();
        byte[] pdf = bytes(staff, "/api/advices/" + demoAdvice + "/letter.pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Approvals.verifyRunningText(
                "seed-letter",
                "api-pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, 2),
                ReadBack.pdfBody(pdf));

        String html = text(staff, "/api/advices/" + demoAdvice + "/letter.html");
        Approvals.verifyParagraphs("seed-letter", "api-html", ReadBack.htmlParagraphs(html));
        assertThat(html).contains("(punten 1 t/m 4)", "(punt 5)", "(punt 6)", "(punt 7)");
    }

    /**
     * The measure: the demo letter, as PDF and as DOCX, reads word for word like the real letter of
     * seed 004 between "Geachte lezer," and "Met vriendelijke groet" (difflib-style ratio of at least 0.98).
     */
    @Test
    void theDemoLetterMatchesSeed004WordForWordInPdfAndDocx() {
        Api staff = Accounts.logIn(http, "beleid", "demo");
        long demoAdvice = ((Number) staff.get("/api/advices?sort=received").at("items.0.id")).longValue();
        var seed = WordSimilarity.bodyWords(WordSimilarity.seedLetterText());

        byte[] pdfBytes = bytes(staff, "/api/advices/" + demoAdvice + "/letter.pdf");
        byte[] docxBytes = bytes(staff, "/api/advices/" + demoAdvice + "/letter.docx");
        lookAt("demo-letter.pdf", pdfBytes);
        lookAt("demo-letter.docx", docxBytes);
        var pdf = WordSimilarity.bodyWords(ReadBack.pdfBody(pdfBytes));
        var docx = WordSimilarity.bodyWords(String.join(" ", ReadBack.docxParagraphs(docxBytes)));
        double pdfRatio = WordSimilarity.ratio(seed, pdf);
        double docxRatio = WordSimilarity.ratio(seed, docx);
        System.out.printf(
                "Word similarity to seed 004 (%d words): PDF %.4f (%d words), DOCX %.4f (%d words)%n",
                seed.size(), pdfRatio, pdf.size(), docxRatio, docx.size());

        assertThat(pdfRatio).as("PDF").isGreaterThanOrEqualTo(0.98);
        assertThat(docxRatio).as("DOCX").isGreaterThanOrEqualTo(0.98);
    }

    /** Kept in target/letters/ for a person to look at (pdftoppm -png -r 60); the test does not read it. */
    private static void lookAt(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "letters"));
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
