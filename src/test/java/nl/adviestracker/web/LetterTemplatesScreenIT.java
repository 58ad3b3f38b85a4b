package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.advice.AdviceRegister;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The admin chooses a body's variant of the reply template on {@code /admin/letter-templates}; that body's
 * letters follow it: the "wethouder" variant is signed by the advice's portfolio holder on behalf of the college.
 * A variant that does not exist, or a stale form, is refused with a Dutch message and changes nothing.
 */
@MicronautTest(transactional = false)
class LetterTemplatesScreenIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    AdviceRegister advices;

    @Test
    void aBodysLettersFollowTheVariantTheAdminChose() {
        Scenery.Set data = scenery.build("sjab");
        long advice = data.received().id();
        WebClient admin = new WebClient(server.getURL().toString()).logIn("sjab-beheer", Scenery.PASSWORD);
        WebClient staff = new WebClient(server.getURL().toString()).logIn("sjab-beleid", Scenery.PASSWORD);
        assertThat(staff.post(
                                "/advices/" + advice + "/behandeling",
                                form(
                                        "department", "DMO Beleid",
                                        "portfolioHolder", "Inge Jongman",
                                        "theme", "Armoede",
                                        "ourReference", "",
                                        "version",
                                                String.valueOf(
                                                        advices.get(advice).version())))
                        .status())
                .isEqualTo(303);
        assertThat(staff.get("/api/advices/" + advice + "/letter.html").body())
                .contains("secretaris")
                .doesNotContain("de wethouder,");

        Document page = admin.get("/admin/letter-templates").html();
        assertThat(page.selectFirst("#sjabloon-" + data.body()).text()).isEqualTo("Standaard (de antwoordbrief)");
        String version = page.selectFirst(
                        "form[action=/admin/letter-templates/" + data.body() + "] input[name=version]")
                .val();

        WebClient.Page unknown = admin.post(
                "/admin/letter-templates/" + data.body(), form("variant", "bestaat-niet", "version", version));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.html().selectFirst("#sjabloon-fout").text()).contains("bestaat niet");

        assertThat(admin.post(
                                "/admin/letter-templates/" + data.body(),
                                form("variant", "wethouder", "version", version))
                        .status())
                .isEqualTo(303);
        assertThat(admin.get("/admin/letter-templates")
                        .html()
                        .selectFirst("#sjabloon-" + data.body())
                        .text())
                .isEqualTo("wethouder");
        String letter = staff.get("/api/advices/" + advice + "/letter.html").body();
        assertThat(letter).contains("namens burgemeester en wethouders", "de wethouder,", "Inge Jongman");

        // the form read before the change is stale now
        WebClient.Page stale =
                admin.post("/admin/letter-templates/" + data.body(), form("variant", "", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().selectFirst("#sjabloon-fout").text()).contains("intussen gewijzigd");
    }
}
