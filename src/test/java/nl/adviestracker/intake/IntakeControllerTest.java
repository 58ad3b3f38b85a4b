package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.adviestracker.account.Role;
import nl.adviestracker.support.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake endpoint over HTTP, as a staff member's script calls it. Intake stores nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.intake.max-file-size", value = "64KB")
class IntakeControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    IntakeSettings settings;

    @Inject
    Accounts accounts;

    String token;

    @BeforeEach
    void aStaffMembersScript() {
        token = accounts.apiToken(Role.STAFF, null);
    }

    @Test
    void pastedText() {
        String text =
                "Geachte college,\n\n1. Zorg voor één loket.\n\n2. Verkort de wachttijd.\n\nMet vriendelijke groet,\nJ. Jansen";
        ProposedSplit split = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/intake", text)
                                .contentType(MediaType.TEXT_PLAIN_TYPE)
                                .bearerAuth(token),
                        ProposedSplit.class);
        assertThat(split.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(split.points()).extracting(ProposedPoint::label).containsExactly("1", "2");
        assertThat(split.points().get(0).text()).isEqualTo("Zorg voor één loket.");
    }

    @Test
    void uploadedWordDocument() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/intake-corpus/02-jeugd-toegang.docx"));
        MultipartBody body = MultipartBody.builder()
                .addPart(
                        "file",
                        "advies jeugd.docx",
                        MediaType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        docx)
                .build();
        ProposedSplit split = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/intake", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                                .bearerAuth(token),
                        ProposedSplit.class);
        assertThat(split.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(split.points())
                .extracting(ProposedPoint::label)
                .containsExactly("1", "2", "2a", "2b", "2c", "3", "4");
        assertThat(split.metadata().date()).hasToString("2024-04-22");
    }

    @Test
    void refusedDocumentIsNotAnswered() {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "leeg.txt", MediaType.TEXT_PLAIN_TYPE, new byte[0])
                .build();
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking()
                        .exchange(HttpRequest.POST("/api/intake", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                                .bearerAuth(token)));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("\"field\":\"file\"");
    }

    @Test
    void sizeLimitIsConfigurable() {
        assertThat(settings.maxFileSize()).isEqualTo(64 * 1024);
    }
}
