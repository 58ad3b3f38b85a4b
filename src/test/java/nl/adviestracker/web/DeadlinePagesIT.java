package nl.adviestracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report page for managers and the advice-request page for staff and members, as a browser sees them. */
@MicronautTest(transactional = false)
class DeadlinePagesIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    EmbeddedServer server;

    @Test
    void managersSeeTheReportWithBars() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Adviesgroep " + System.nanoTime(),
                                "shortName",
                                "A" + System.nanoTime() % 100000))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Armoede",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-02-02",
                                "theme",
                                "Armoede",
                                "points",
                                List.of(Map.of("label", "1", "text", "Doe iets.", "kind", "REQUEST"))))
                .id();
        Api staff = accounts.staff(http);
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Ja."));

        Api manager = accounts.manager(http);
        Api.Download page = manager.download("/dashboard/reports?groupBy=theme");
        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.text());
        assertThat(html.select("h1").text()).isEqualTo("Rapportage");
        assertThat(html.select("#groupBy option[selected]").text()).isEqualTo("thema");
        assertThat(html.select("table.report-table tbody th").eachText()).contains("Armoede");
        assertThat(html.select(".stack-part.stance-adopted.w-100")).isNotEmpty();
        assertThat(html.select(".report-counts").text()).contains("1 antwoord te laat");
        assertThat(html.select("a[href=/api/followups.xlsx?status=open]")).hasSize(1);
        assertThat(html.select("[style]"))
                .as("no inline styles: the CSP forbids them")
                .isEmpty();

        assertThat(staff.download("/dashboard/reports").status()).isEqualTo(403);
        assertThat(staff.get("/api/deadlines").at("answersOverdue")).isEqualTo(1);
    }

    @Test
    void staffRegisterARequestWithItsDocumentAndMembersAnswerIt() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Jongerenraad " + System.nanoTime(),
                                "shortName",
                                "J" + System.nanoTime() % 100000))
                .id();
        Api staff = accounts.staff(http);
        Api member = accounts.member(http, body);

        Document form = Jsoup.parse(staff.download("/requests").text());
        String csrf = form.select("form[action=/requests] input[name=_csrf]").val();
        assertThat(csrf).isNotBlank();
        MultipartBody upload = MultipartBody.builder()
                .addPart("_csrf", csrf)
                .addPart("bodyId", String.valueOf(body))
                .addPart("subject", "Nota jeugd")
                .addPart("question", "Graag uw advies over de wijkteams.")
                .addPart("neededBy", LocalDate.now(DutchDates.ZONE).plusWeeks(6).toString())
                .addPart("decision", "Collegevergadering")
                .addPart("decisionOn", "")
                .addPart("department", "Jeugd")
                .addPart(
                        "document",
                        "concept.txt",
                        MediaType.TEXT_PLAIN_TYPE,
                        "Concept".getBytes(StandardCharsets.UTF_8))
                .build();
        int status = post(staff, HttpRequest.POST("/requests", upload).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(status).isEqualTo(303);
        Api.Answer created = staff.get("/api/requests?bodyId=" + body);
        assertThat(created.list()).hasSize(1);
        long request = ((Number) created.at("0.id")).longValue();
        assertThat(created.at("0.documentName")).isEqualTo("concept.txt");

        MultipartBody forged = MultipartBody.builder()
                .addPart("_csrf", "fout")
                .addPart("bodyId", String.valueOf(body))
                .addPart("subject", "x")
                .addPart("question", "y")
                .addPart("neededBy", "2026-02-16")
                .build();
        assertThat(post(staff, HttpRequest.POST("/requests", forged).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))
                .as("a form without the session's token is refused")
                .isEqualTo(403);

        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Advies wijkteams",
                                "kind",
                                "SOLICITED",
                                "receivedOn",
                                "2026-02-10",
                                "points",
                                List.of(Map.of("label", "1", "text", "Ja.", "kind", "OBSERVATION"))))
                .id();
        Document memberPage = Jsoup.parse(member.download("/requests").text());
        assertThat(memberPage.select("#aanvraag-" + request + " h2").text()).isEqualTo("Nota jeugd");
        assertThat(memberPage
                        .select("#aanvraag-" + request + " select[name=adviceId] option")
                        .eachAttr("value"))
                .containsExactly(String.valueOf(advice));
        String memberCsrf =
                memberPage.select("#aanvraag-" + request + " input[name=_csrf]").val();
        int answered = post(
                member,
                HttpRequest.POST(
                                "/requests/" + request + "/answer",
                                Map.of("_csrf", memberCsrf, "adviceId", String.valueOf(advice)))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertThat(answered).isEqualTo(303);
        assertThat(staff.get("/api/requests/" + request).at("status")).isEqualTo("ANSWERED");
    }

    /** Posts with the user's session and without following the redirect; the status code. */
    private int post(Api user, io.micronaut.http.MutableHttpRequest<?> request) {
        request.cookie(Cookie.of("adviestracker_session", user.session()));
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        try (HttpClient noFollow = HttpClient.create(server.getURL(), configuration)) {
            return noFollow.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
