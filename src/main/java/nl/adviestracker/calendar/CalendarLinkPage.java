package nl.adviestracker.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import nl.adviestracker.account.CalendarTokens;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.web.ConfirmForm;
import nl.adviestracker.web.Confirmation;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Flash;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * Where a user gets the personal link to subscribe to the due dates in Outlook or another
 * calendar. Making a new link stops the old one.
 */
@Controller("/calendar-link")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class CalendarLinkPage {

    private final Views views;
    private final CalendarTokens tokens;

    CalendarLinkPage(Views views, CalendarTokens tokens) {
        this.views = views;
        this.tokens = tokens;
    }

    public record CalendarLinkView(Frame frame, @Nullable String link) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(SignedInUser user) {
        return views.page("calendar-link", new CalendarLinkView(frame(user), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> makeLink(HttpRequest<?> request, SignedInUser user, @Body PlainForm form) {
        String secret = tokens.issue(user.userId());
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure()
                        || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))
                ? "https"
                : "http";
        String link = (host == null ? "" : scheme + "://" + host) + "/calendar.ics?token=" + secret;
        return views.page("calendar-link", new CalendarLinkView(frame(user), link));
    }

    /** Stops the personal link: a calendar subscribed to it gets nothing more. Asks for confirmation first. */
    @Post(value = "/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(SignedInUser user, @Body ConfirmForm form) {
        if (!form.confirmed()) {
            return views.page(
                    "confirm",
                    new Confirmation(
                            Frame.of("Agendalink intrekken?", user, "/calendar-link", null),
                            "Uw agendalink intrekken?",
                            List.of(
                                    "De link werkt daarna niet meer: uw agenda toont geen nieuwe of gewijzigde "
                                            + "deadlines meer.",
                                    "Verwijder het abonnement ook in uw agenda. U kunt later een nieuwe link maken."),
                            "/calendar-link/revoke",
                            List.of(),
                            "Ja, agendalink intrekken",
                            "/calendar-link",
                            "Nee, terug",
                            true));
        }
        boolean revoked = tokens.revoke(user.userId());
        return Redirects.seeOther(Flash.after("/calendar-link", revoked ? "agenda-ingetrokken" : "agenda-geen"));
    }

    private static Frame frame(SignedInUser user) {
        return Frame.of("Deadlines in uw agenda", user, "/calendar-link", null);
    }
}
