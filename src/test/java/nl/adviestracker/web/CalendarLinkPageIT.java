package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import org.junit.jupiter.api.Test;

/** A manager gets a personal calendar link from the dashboard and Outlook can read the feed with it. */
@MicronautTest(transactional = false)
class CalendarLinkPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    @Test
    void theDashboardLeadsToAPersonalCalendarLinkThatOpensTheFeedWithoutLogin() {
        users.create(new UserInput(
                "teamleider-agenda",
                "Teamleider",
                "t@example.org",
                Role.MANAGER,
                null,
                "geheim-wachtwoord",
                true,
                null));
        WebClient manager = new WebClient(server.getURL().toString()).logIn("teamleider-agenda", "geheim-wachtwoord");

        assertThat(manager.get("/dashboard").html().select("a[href=/calendar-link]"))
                .hasSize(1);
        assertThat(manager.get("/dashboard").html().select("a[href^=/api/followups.xlsx]"))
                .hasSize(1);

        WebClient.Page made = manager.post("/calendar-link", form());
        assertThat(made.status()).isEqualTo(200);
        String link = made.html().selectFirst("#agenda-link").attr("value");
        assertThat(link).contains("/calendar.ics?token=cal_");

        WebClient outlook = new WebClient(server.getURL().toString());
        WebClient.Page feed = outlook.getAs(link.substring(link.indexOf("/calendar.ics")), "text/calendar");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
    }
}
