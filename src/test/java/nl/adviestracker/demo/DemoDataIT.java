package nl.adviestracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * From a fresh start with the demo data, a first-time user sees a promise whose date was moved: the
 * follow-up of point 7 keeps its first date, the new one and the reason, and the advice's history says so and
 * names the policy officer who moved it.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.demo-data", value = "true")
class DemoDataIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDemoAdviceShowsAPromiseWhoseDueDateWasMovedWithItsReason() {
        Api staff = Accounts.logIn(http, "beleid", "demo");
        long demoAdvice = ((Number) staff.get("/api/advices?sort=received").at("items.0.id")).longValue();
        Api.Answer dossier = staff.get("/api/advices/" + demoAdvice);
        assertThat((List<?>) dossier.at("followUps")).hasSize(1);
        long followUp = ((Number) dossier.at("followUps.0.id")).longValue();

        Api.Answer promise = staff.get("/api/followups/" + followUp);
        assertThat(promise.at("dueOn")).isEqualTo(DemoData.NOORD_MOVED_DUE.toString());
        assertThat((List<?>) promise.at("dueDateMoves")).hasSize(1);
        assertThat(promise.at("dueDateMoves.0.previousDueOn")).isEqualTo(DemoData.NOORD_FIRST_DUE.toString());
        assertThat(promise.at("dueDateMoves.0.newDueOn")).isEqualTo(DemoData.NOORD_MOVED_DUE.toString());
        assertThat(promise.at("dueDateMoves.0.reason")).isEqualTo(DemoData.NOORD_MOVE_REASON);
        assertThat(promise.at("dueDateMoves.0.movedBy")).isEqualTo("beleid");

        String page = staff.download("/followups/" + followUp).text();
        assertThat(page)
                .contains(
                        "1x verschoven",
                        "Oorspronkelijk uiterlijk " + DutchDates.format(DemoData.NOORD_FIRST_DUE),
                        DemoData.NOORD_MOVE_REASON);
        assertThat(staff.download("/advices/" + demoAdvice).text())
                .contains("Bram Jansen (DMO Beleid) verschoof de datum van een toezegging");
    }
}
