package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On the screens, after the letter was sent: staff record a correction beside the response, find it on the
 * supplementary letter's page with its draft, and a manager makes that letter final; staff may not.
 */
@MicronautTest(transactional = false)
class SupplementScreensIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    Responses responses;

    @Test
    void aCorrectionOnTheScreenGoesOutInASupplementaryLetterThatTheManagerMakesFinal() {
        Scenery.Set data = scenery.build("aanv");
        long advice = data.answered().id();
        ResponseView response = responses.list(advice).get(0);
        WebClient staff = new WebClient(server.getURL().toString()).logIn("aanv-beleid", Scenery.PASSWORD);
        WebClient manager = new WebClient(server.getURL().toString()).logIn("aanv-manager", Scenery.PASSWORD);

        Document empty = staff.get("/advices/" + advice + "/letter/supplement").html();
        assertThat(empty.selectFirst("#niets-te-versturen")).isNotNull();

        // a departing stance without its reason is said on the form, in Dutch; nothing stored
        WebClient.Page noReason = staff.post(
                "/advices/" + advice + "/responses/" + response.id() + "/correction",
                form(
                        "kind", "CORRECTION",
                        "stance", "NOT_ADOPTED",
                        "text", "Wij voeren dit toch niet uit.",
                        "why", "De raad heeft de begroting gewijzigd."));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("Awb 3:50");

        WebClient.Page saved = staff.post(
                "/advices/" + advice + "/responses/" + response.id() + "/correction",
                form(
                        "kind", "CORRECTION",
                        "stance", "NOT_ADOPTED",
                        "text", "Wij voeren dit toch niet uit.",
                        "reason", "Het budget is door de raad geschrapt.",
                        "why", "De raad heeft de begroting gewijzigd.",
                        "correctedOn", "2024-04-02"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(staff.get("/advices/" + advice).body()).contains("Na verzending", "nog niet verstuurd");

        Document pending =
                staff.get("/advices/" + advice + "/letter/supplement").html();
        assertThat(pending.selectFirst("#nog-te-versturen").text())
                .contains("Correctie van 2 april 2024", "niet overgenomen", "Het budget is door de raad geschrapt.");
        assertThat(pending.selectFirst("#aanvulling-definitief-maken"))
                .as("staff do not make it final")
                .isNull();
        assertThat(staff.post(
                                "/advices/" + advice + "/letter/supplement/finalize",
                                form("ourReference", "DMO-2024-2", "date", "2024-04-03"))
                        .status())
                .isEqualTo(403);

        WebClient.Page missing = manager.post(
                "/advices/" + advice + "/letter/supplement/finalize", form("ourReference", "", "date", "2024-04-03"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("Ons kenmerk", "is verplicht");

        WebClient.Page made = manager.post(
                "/advices/" + advice + "/letter/supplement/finalize",
                form("ourReference", "DMO-2024-2", "date", "2024-04-03"));
        assertThat(made.status()).isEqualTo(303);
        Document after = manager.get(made.location()).html();
        assertThat(after.selectFirst("#niets-te-versturen")).isNotNull();
        assertThat(after.selectFirst("#aanvullende-brieven").text()).contains("3 april 2024", "DMO-2024-2");
        assertThat(staff.get("/advices/" + advice).body()).contains("verstuurd in een aanvullende brief");
    }
}
