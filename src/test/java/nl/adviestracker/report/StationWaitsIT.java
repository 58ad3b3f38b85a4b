package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/** The dashboard's stations count an advice where it waits, and for how long, as its work moves on. */
@MicronautTest(transactional = false)
class StationWaitsIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    StationWaits stations;

    private Map<String, StationWaits.Station> now() {
        return stations.now().stream().collect(Collectors.toMap(StationWaits.Station::name, Function.identity()));
    }

    @Test
    void anAdviceWaitsAtTheStationOfItsLeastAdvancedResponseAndOfItsLetter() {
        List<String> order =
                stations.now().stream().map(StationWaits.Station::name).toList();
        assertThat(order)
                .containsExactly(
                        "Reactie in concept",
                        "Reactie wacht op beoordeling",
                        "Brief in concept",
                        "Brief gecontroleerd, wacht op goedkeuring",
                        "Brief definitief, wacht op besluit college",
                        "Besluit college, wacht op verzending");
        Map<String, StationWaits.Station> before = now();

        Api staff = accounts.staff(http);
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of("name", "Stations " + System.nanoTime(), "shortName", "S" + System.nanoTime() % 100000))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Stations",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                LocalDate.now(DutchDates.ZONE).minusDays(400).toString(),
                                "points",
                                List.of(
                                        Map.of("label", "1", "text", "Een", "kind", "REQUEST"),
                                        Map.of("label", "2", "text", "Twee", "kind", "REQUEST"))))
                .id();
        List<?> points = (List<?>) staff.get("/api/advices/" + advice).at("points");
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds", List.of(((Map<?, ?>) points.get(0)).get("id")),
                                "stance", "ADOPTED",
                                "text", "Ja."))
                .id();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds",
                        List.of(((Map<?, ?>) points.get(1)).get("id")),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Ook."));
        staff.post("/api/advices/" + advice + "/responses/" + response + "/review/ask", Map.of());

        Map<String, StationWaits.Station> after = now();
        assertThat(after.get("Reactie in concept").advices()
                        - before.get("Reactie in concept").advices())
                .isEqualTo(1);
        assertThat(after.get("Reactie wacht op beoordeling").advices()
                        - before.get("Reactie wacht op beoordeling").advices())
                .isEqualTo(1);
        // a draft letter waits since the advice was received, 400 days ago
        assertThat(after.get("Brief in concept").advices()
                        - before.get("Brief in concept").advices())
                .isEqualTo(1);
        assertThat(after.get("Brief in concept").oldestDays()).isGreaterThanOrEqualTo(400);
    }
}
