package nl.adviestracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/** The due dates as a calendar that Outlook subscribes to with a personal token in the URL, read back with ical4j. */
@MicronautTest(transactional = false)
class CalendarFeedIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void staffSubscribeWithATokenAndSeeAnswersAndFollowUps() throws Exception {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Jongerenraad " + System.nanoTime(),
                                "shortName",
                                "J" + System.nanoTime() % 100000))
                .id();
        Api member = accounts.member(http, body);
        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Jongerenwerk",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2026-03-16",
                                "points",
                                List.of(Map.of("label", "1", "text", "Meer jongerenwerk.", "kind", "RECOMMENDATION"))))
                .id();
        Api staff = accounts.staff(http);
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Ja."))
                .id();
        long dated = staff.post(
                        "/api/followups",
                        Map.of(
                                "responseId",
                                response,
                                "description",
                                "Twee extra jongerenwerkers",
                                "owner",
                                "Afdeling Jeugd",
                                "dueOn",
                                "2026-09-01"))
                .id();
        staff.post(
                "/api/followups",
                Map.of("responseId", response, "description", "Zonder datum", "owner", "Afdeling Jeugd"));
        staff.post(
                "/api/requests",
                Map.of(
                        "bodyId",
                        body,
                        "subject",
                        "Nota jeugd",
                        "question",
                        "Graag advies.",
                        "requestedOn",
                        "2026-01-05",
                        "neededBy",
                        "2026-02-16"));

        Api.Answer link = staff.post("/api/me/calendar-token", Map.of());
        assertThat(link.status()).isEqualTo(201);
        String path = (String) link.at("path");
        assertThat(path).startsWith("/calendar.ics?token=cal_");

        Api anonymous = new Api(http);
        Api.Download feed = anonymous.download(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
        Map<String, VEvent> events = events(calendar);
        assertThat(events.keySet())
                .containsExactlyInAnyOrder(
                        "advice-" + advice + "@adviestracker", "followup-" + dated + "@adviestracker");
        VEvent answer = events.get("advice-" + advice + "@adviestracker");
        assertThat(answer.getSummary().getValue()).isEqualTo("Antwoord uiterlijk: Jongerenwerk");
        assertThat((Object) answer.getDateTimeStart().getDate())
                .as("six weeks after 16 March 2026 is Koningsdag, so the 28th")
                .isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(feed.text()).contains("DTSTART;VALUE=DATE:20260428");
        VEvent promise = events.get("followup-" + dated + "@adviestracker");
        assertThat(promise.getSummary().getValue()).isEqualTo("Toezegging: Twee extra jongerenwerkers");
        assertThat(promise.getDescription().getValue()).contains("Afdeling Jeugd");

        assertThat(staff.download("/calendar.ics").status())
                .as("a session works too")
                .isEqualTo(200);
        assertThat(anonymous.download("/calendar.ics").status()).isEqualTo(401);
        assertThat(anonymous.download("/calendar.ics?token=cal_wrong").status()).isEqualTo(401);
        assertThat(anonymous
                        .download("/api/followups?token=" + path.substring(path.indexOf('=') + 1))
                        .status())
                .as("the calendar token opens nothing else")
                .isEqualTo(401);

        Api.Answer memberLink = member.post("/api/me/calendar-token", Map.of());
        Calendar memberCalendar = new CalendarBuilder()
                .build(new StringReader(
                        anonymous.download((String) memberLink.at("path")).text()));
        assertThat(events(memberCalendar).values())
                .singleElement()
                .satisfies(event -> assertThat(event.getSummary().getValue()).isEqualTo("Advies nodig: Nota jeugd"));

        String csrf = (String) staff.get("/api/me").at("csrfToken");
        assertThat(staff.exchange(HttpRequest.DELETE("/api/me/calendar-token").header("X-CSRF-Token", csrf))
                        .status())
                .isEqualTo(204);
        assertThat(anonymous.download(path).status()).as("revoked").isEqualTo(401);
        assertThat(staff.exchange(HttpRequest.DELETE("/api/me/calendar-token").header("X-CSRF-Token", csrf))
                        .status())
                .as("revoking again: there is no link, as asked")
                .isEqualTo(204);
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
    }
}
