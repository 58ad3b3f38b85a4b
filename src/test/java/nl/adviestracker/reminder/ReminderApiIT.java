package nl.adviestracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/** Where reminders go, set by managers; and without SMTP the jobs send nothing and say so. */
@MicronautTest(transactional = false)
class ReminderApiIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    OwnerDirectory directory;

    @Test
    void managersMapOwnersToAddresses() {
        Api manager = accounts.manager(http);
        Api.Answer set = manager.post(
                "/api/owner-addresses", Map.of("owner", "Afdeling Jeugd", "email", "jeugd@gemeente.example"));
        assertThat(set.status()).isEqualTo(201);
        Api.Answer changed = manager.post(
                "/api/owner-addresses", Map.of("owner", "afdeling jeugd", "email", "team.jeugd@gemeente.example"));
        assertThat(changed.id()).as("one row per owner, whatever the case").isEqualTo(set.id());
        assertThat(manager.get("/api/owner-addresses").list()).hasSize(1);
        assertThat(directory.resolve("AFDELING JEUGD")).contains("team.jeugd@gemeente.example");
        assertThat(directory.resolve("iemand@example.org"))
                .as("an address as owner")
                .contains("iemand@example.org");
        assertThat(directory.resolve("Niemand bekend")).isEmpty();

        Api.Answer wrong = manager.post("/api/owner-addresses", Map.of("owner", "X", "email", "geen adres"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.at("errors.0.field")).isEqualTo("email");
        assertThat(accounts.staff(http).get("/api/owner-addresses").status()).isEqualTo(403);
    }

    @Test
    void withoutSmtpTheJobsSendNothing() {
        Api.Answer run = accounts.manager(http).post("/api/reminders/daily", Map.of());
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.at("mailEnabled")).isEqualTo(false);
        assertThat(run.at("mailsSent")).isEqualTo(0);
        assertThat((List<?>) accounts.manager(http).get("/api/reminders/sent").list())
                .isEmpty();
    }
}
