package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.organisation.NewOrganisation;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.tenancy.OrganisationContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The admin sets the organisation's letterhead on {@code /admin/letterhead}: its letters print the college,
 * the signatories and the phone number from there. Bad input is said per field in Dutch and stores nothing.
 */
@MicronautTest(transactional = false)
class LetterheadScreenIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Organisations organisations;

    @Inject
    Scenery scenery;

    @Test
    void theLettersOfAnOrganisationCarryTheLetterheadItsAdminSet() {
        long haren = organisations
                .create(new NewOrganisation(
                        "Gemeente Haren",
                        "haren",
                        "burgemeester en wethouders van Haren",
                        new NewOrganisation.FirstAdmin(
                                "harenadmin", "Beheer Haren", "beheer@haren.example", "lang-genoeg-wachtwoord")))
                .organisation()
                .id();
        Scenery.Set data = OrganisationContext.within(haren, () -> scenery.build("haren"));
        WebClient admin = new WebClient(server.getURL().toString()).logIn("harenadmin", "lang-genoeg-wachtwoord");
        WebClient staff = new WebClient(server.getURL().toString()).logIn("haren-beleid", Scenery.PASSWORD);

        Document page = admin.get("/admin/letterhead").html();
        String version = page.selectFirst("input[name=version]").val();
        assertThat(page.selectFirst("#briefpapier-collegeName").val())
                .isEqualTo("burgemeester en wethouders van Haren");

        WebClient.Page wrong = admin.post(
                "/admin/letterhead",
                form(
                        "name", "Gemeente Haren",
                        "collegeName", "burgemeester en wethouders van Haren",
                        "signatories", "burgemeester zonder naam",
                        "version", version));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().selectFirst("#briefpapier-signatories-fout").text())
                .contains("functie: naam");

        WebClient.Page saved = admin.post(
                "/admin/letterhead",
                form(
                        "name", "Gemeente Haren",
                        "collegeName", "burgemeester en wethouders van Haren",
                        "phone", "(050) 123 45 67",
                        "postalAddress", "Postbus 21\n9750 AA HAREN",
                        "signatories", "burgemeester: Anna Visser\nsecretaris: Piet de Boer",
                        "logoReference", "",
                        "version", version));
        assertThat(saved.status()).isEqualTo(303);

        String letter = staff.get("/api/advices/" + data.received().id() + "/letter.html")
                .body();
        assertThat(letter)
                .contains("burgemeester en wethouders van Haren,", "Anna Visser", "Piet de Boer", "(050) 123 45 67")
                .doesNotContain("Koen Schuiling");

        // the form read before the save is stale now
        WebClient.Page stale = admin.post(
                "/admin/letterhead",
                form("name", "Gemeente Haren", "collegeName", "b en w van Haren", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("intussen gewijzigd");
    }
}
