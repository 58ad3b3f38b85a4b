package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.adviestracker.account.Role;
import nl.adviestracker.support.Accounts;
import org.junit.jupiter.api.Test;

/**
 * When every reader is busy, a further upload waits the queue wait and is then refused with 503, a
 * Retry-After and a problem body in Dutch; it is read normally once a reader is free again.
 */
@MicronautTest(transactional = false, environments = "intake-busy")
@Property(name = "adviestracker.intake.concurrent-reads", value = "1")
@Property(name = "adviestracker.intake.queue-wait", value = "300ms")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class IntakeBusyIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Accounts accounts;

    @Inject
    HeldReader reader;

    @Test
    void anUploadWhileEveryReaderIsBusyGets503WithRetryAfter() throws Exception {
        String token = accounts.apiToken(Role.STAFF, null);
        reader.hold();
        CompletableFuture<String> first =
                CompletableFuture.supplyAsync(() -> client.toBlocking().retrieve(upload(token, "eerste.txt")));
        assertThat(reader.entered.await(30, TimeUnit.SECONDS)).isTrue();

        HttpClientResponseException busy = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(upload(token, "tweede.txt"), String.class));

        assertThat(busy.getStatus().getCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
        assertThat(busy.getResponse().getHeaders().get("Retry-After")).isEqualTo("10");
        assertThat(busy.getResponse().getContentType().map(MediaType::toString)).hasValue("application/problem+json");
        assertThat(busy.getResponse().getBody(String.class).orElse("")).contains("Probeer het");

        reader.release();
        assertThat(first.get(30, TimeUnit.SECONDS)).contains("\"label\":\"1\"");
        assertThat(client.toBlocking().retrieve(upload(token, "derde.txt"))).contains("\"label\":\"1\"");
    }

    private static HttpRequest<?> upload(String token, String name) {
        byte[] text =
                "Geacht college,\n\n1. Zorg voor één loket.\n\n2. Verkort de wachttijd.\n\nMet vriendelijke groet,"
                        .getBytes(StandardCharsets.UTF_8);
        return HttpRequest.POST(
                        "/api/intake",
                        MultipartBody.builder()
                                .addPart("file", name, MediaType.TEXT_PLAIN_TYPE, text)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token);
    }

    /** The real reader, held at the door while a test keeps it busy. */
    @Singleton
    @Replaces(DocumentReader.class)
    @Requires(env = "intake-busy")
    static class HeldReader extends DocumentReader {
        final CountDownLatch entered = new CountDownLatch(1);
        private volatile CountDownLatch gate = new CountDownLatch(0);

        HeldReader(IntakeSettings settings) {
            super(settings);
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        @Override
        public ExtractedDocument read(byte[] content, String filename, String contentType) {
            entered.countDown();
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.read(content, filename, contentType);
        }
    }
}
