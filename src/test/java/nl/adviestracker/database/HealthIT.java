package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/** {@code /health} for a load balancer and a person: which part is down, and nothing secret. */
@MicronautTest(transactional = false)
class HealthIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedPostgresSettings embedded;

    @Test
    void aHealthyServiceAnswers200AndNamesTheStateOfItsDatabase() {
        Api.Answer health = new Api(http).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("status")).isEqualTo("UP");
        assertThat(health.at("details.database.status")).isEqualTo("UP");
        assertThat(health.at("details.database.details.mode")).isEqualTo("embedded");
        assertThat(health.at("details.database.details.connection")).isEqualTo("UP");
        assertThat(health.at("details.database.details.embeddedServer.state")).isEqualTo("RUNNING");
        System.out.println("GET /health: " + health.body());
    }

    @Test
    void theBodyNamesNoUrlUserOrDirectory() {
        String body = String.valueOf(new Api(http).get("/health").body());

        assertThat(body)
                .doesNotContain("jdbc:")
                .doesNotContain("postgresql://")
                .doesNotContain(EmbeddedPostgresServer.USER)
                .doesNotContain(Path.of(embedded.dataDir()).toAbsolutePath().toString());
    }
}
