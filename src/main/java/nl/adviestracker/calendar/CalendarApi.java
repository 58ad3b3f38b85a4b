package nl.adviestracker.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.account.CalendarTokens;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * The calendar feed of due dates. Outlook cannot send a session cookie, so the feed also takes a
 * personal calendar token in the URL ({@code /calendar.ics?token=cal_...}), which opens the feed and
 * nothing else.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarApi {

    private final DeadlineCalendar calendar;
    private final CalendarTokens tokens;

    CalendarApi(DeadlineCalendar calendar, CalendarTokens tokens) {
        this.calendar = calendar;
        this.tokens = tokens;
    }

    @Get(value = "/calendar.ics", produces = "text/calendar;charset=utf-8")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> feed(@Nullable SignedInUser signedIn, @Nullable @QueryValue String token) {
        SignedInUser user;
        if (token != null) {
            user = tokens.authenticate(token)
                    .orElseThrow(() -> new ProblemException(
                            ProblemStatus.UNAUTHORIZED,
                            "Niet ingelogd",
                            "Deze agenda-link is niet (meer) geldig. Maak in Adviestracker een nieuwe aan.",
                            List.of()));
        } else if (signedIn != null) {
            user = signedIn;
        } else {
            throw new ProblemException(
                    ProblemStatus.UNAUTHORIZED,
                    "Niet ingelogd",
                    "Log in, of gebruik uw persoonlijke agenda-link met ?token=.",
                    List.of());
        }
        if (!user.isStaff() && user.bodyId() == null) {
            throw new ProblemException(
                    ProblemStatus.FORBIDDEN,
                    "Geen toegang",
                    "De agenda met termijnen is er voor beleidsmedewerkers, managers en leden van een adviesorgaan.",
                    List.of());
        }
        // a token's user is not signed in: read the feed in the organisation the token's account belongs to
        String feed = user.organisationId() == null
                ? calendar.feed(user)
                : OrganisationContext.within(user.organisationId(), () -> calendar.feed(user));
        return HttpResponse.ok(feed)
                .contentType("text/calendar;charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"adviestracker.ics\"")
                .header("Cache-Control", "private, max-age=300");
    }

    /** A calendar link for the logged-in user; an earlier one stops working. The secret is in this answer only. */
    @Status(HttpStatus.CREATED)
    @Post("/api/me/calendar-token")
    @Secured({Roles.STAFF, Roles.ASDG})
    HttpResponse<CalendarLink> issue(HttpRequest<?> request, SignedInUser user) {
        String secret = tokens.issue(user.userId());
        return HttpResponse.created(new CalendarLink(secret, "/calendar.ics?token=" + secret));
    }

    /** Stops the user's calendar link; with none to stop, the answer is the same: the user has no link now. */
    @Delete("/api/me/calendar-token")
    @Secured({Roles.STAFF, Roles.ASDG})
    @Status(HttpStatus.NO_CONTENT)
    void revoke(SignedInUser user) {
        tokens.revoke(user.userId());
    }

    /** @param path relative to the service's address: subscribe to it in Outlook as an internet calendar */
    @Serdeable
    record CalendarLink(String token, String path) {}
}
