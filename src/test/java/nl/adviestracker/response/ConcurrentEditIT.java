package nl.adviestracker.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two policy officers edit the same response: one gets a 409 with the other's version, and no change is lost silently. */
@MicronautTest(transactional = false)
class ConcurrentEditIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api anna;
    Api bram;
    String path;
    long point;
    Api.Answer created;

    @BeforeEach
    void aResponseBothCanEdit() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of("name", "Raad " + System.nanoTime(), "shortName", "R" + System.nanoTime() % 100000))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Wmo",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-06-01",
                                "points",
                                List.of(Map.of("label", "1", "text", "Meer ondersteuning", "kind", "REQUEST"))))
                .id();
        anna = accounts.staff(http);
        bram = accounts.staff(http);
        point = ((Number) anna.get("/api/advices/" + advice).at("points.0.id")).longValue();
        created = anna.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Eerste versie."));
        path = "/api/advices/" + advice + "/responses/" + created.id();
    }

    @Test
    void theSecondSaveOnTheSameVersionGetsTheFirstOnesChangeInsteadOfOverwritingIt() {
        int version = ((Number) anna.get(path).at("version")).intValue();
        assertThat(bram.get(path).at("version")).isEqualTo(version);

        Api.Answer annaSaves = anna.put(path, edit("Tekst van Anna.", version));
        assertThat(annaSaves.status()).isEqualTo(200);

        Api.Answer bramSaves = bram.put(path, edit("Tekst van Bram.", version));
        assertThat(bramSaves.status()).isEqualTo(409);
        assertThat(bramSaves.at("current.text")).isEqualTo("Tekst van Anna.");
        assertThat(bramSaves.at("errors.0.field")).isEqualTo("version");

        int current = ((Number) bramSaves.at("current.version")).intValue();
        Api.Answer bramAgain = bram.put(path, edit("Tekst van Anna. Aangevuld door Bram.", current));
        assertThat(bramAgain.status()).isEqualTo(200);
        assertThat(anna.get(path).at("text")).isEqualTo("Tekst van Anna. Aangevuld door Bram.");
    }

    @Test
    void aNewResponseAnswersWithTheResponseAsStored() {
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(anna.get(path).json());
    }

    @Test
    void aSaveAnswersWithTheResponseAsStoredSoTheNextEditCanUseItsVersion() {
        int version = ((Number) anna.get(path).at("version")).intValue();

        Api.Answer saved = anna.put(path, edit("Opnieuw geformuleerd.", version));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.at("version")).isEqualTo(version + 1);
        assertThat(saved.json()).isEqualTo(anna.get(path).json());
        assertThat(anna.put(path, edit("En nog eens.", version + 1)).status()).isEqualTo(200);
    }

    @Test
    void whenBothSaveAtTheSameMomentExactlyOneWinsEachRound() throws Exception {
        for (int round = 0; round < 10; round++) {
            int version = ((Number) anna.get(path).at("version")).intValue();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Api.Answer> first = CompletableFuture.supplyAsync(() -> {
                await(together);
                return anna.put(path, edit("Anna " + version, version));
            });
            CompletableFuture<Api.Answer> second = CompletableFuture.supplyAsync(() -> {
                await(together);
                return bram.put(path, edit("Bram " + version, version));
            });
            List<Integer> statuses =
                    new ArrayList<>(List.of(first.get().status(), second.get().status()));
            statuses.sort(Integer::compare);
            assertThat(statuses).as("round %d", round).containsExactly(200, 409);
            String winner = first.get().status() == 200 ? "Anna " + version : "Bram " + version;
            assertThat(anna.get(path).at("text")).isEqualTo(winner);
        }
    }

    private Map<String, Object> edit(String text, int version) {
        Map<String, Object> edit = new HashMap<>();
        edit.put("pointIds", List.of(point));
        edit.put("stance", "ADOPTED");
        edit.put("text", text);
        edit.put("version", version);
        return edit;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
