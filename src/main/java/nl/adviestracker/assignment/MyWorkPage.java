package nl.adviestracker.assignment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/** {@code /mijn-werk}: what waits for the signed-in official, most urgent first, each linked to its page. */
@Controller("/mijn-werk")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyWorkPage {

    private final Views views;
    private final MyWorkQuery work;
    private final Clock clock;

    MyWorkPage(Views views, MyWorkQuery work, Clock clock) {
        this.views = views;
        this.work = work;
        this.clock = clock;
    }

    /** One line of work: what, on which advice, by when, and where to do it. */
    public record Row(String what, String subject, String when, String state, String note, String link) {}

    /** An advice I lead: its due date, and what is left to assign and to approve on it. */
    public record LedRow(
            String subject, String link, String dueOn, int unassignedPoints, int responsesNotApproved, boolean late) {}

    public record MyWorkView(
            Frame frame, List<Row> late, List<Row> assigned, List<Row> toReview, List<LedRow> led, boolean empty) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user) {
        LocalDate today = LocalDate.now(clock.withZone(DutchDates.ZONE));
        MyWork mine = work.of(user, today);
        return views.page(
                "my-work",
                new MyWorkView(
                        Frame.of("Mijn werk", user, "/mijn-werk", null),
                        mine.late().stream().map(p -> row(p, today)).toList(),
                        mine.assigned().stream().map(p -> row(p, today)).toList(),
                        mine.toReview().stream()
                                .map(r -> new Row(
                                        "Reactie op " + r.points(),
                                        r.subject(),
                                        "aangeboden op " + DutchDates.format(r.askedOn()),
                                        "klaar voor beoordeling",
                                        "",
                                        r.link()))
                                .toList(),
                        mine.led().stream()
                                .map(a -> new LedRow(
                                        a.subject(),
                                        a.link(),
                                        DutchDates.format(a.responseDueOn()),
                                        a.unassignedPoints(),
                                        a.responsesNotApproved(),
                                        a.late()))
                                .toList(),
                        mine.empty()));
    }

    private static Row row(MyWork.AssignedPoint point, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, point.internalDueOn());
        String when = DutchDates.format(point.internalDueOn())
                + (days < 0 ? " (" + -days + (days == -1 ? " dag" : " dagen") + " te laat)" : "");
        return new Row(
                "Punt " + point.pointLabel(),
                point.subject(),
                when,
                point.reviewState() == null ? "nog geen reactie" : "reactie: " + point.reviewState(),
                point.sentBackComment() == null ? "" : "Teruggestuurd: " + point.sentBackComment(),
                point.link());
    }
}
