package nl.adviestracker.letter;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * Moving a reply letter along its route ({@link LetterRoute}): each use case reads the route under a row
 * lock, lets the route refuse or take the step, keeps the step with who and when, and writes the history.
 * Approving makes the letter final ({@link Letters#finalizeLetter}); sending makes the advice answered.
 */
@Singleton
public class LetterRoutes {

    /** What the route's history and the "changed after the check" rule count as writing the letter. */
    private static final String LETTER_PARTS = "('response', 'letter_text')";

    /** Why a letter is not sent by e-mail to a body without an address: the API's reason and the screen's. */
    public static final String NO_EMAIL_ADDRESS = "Het adviesorgaan heeft geen e-mailadres; kies een andere manier"
            + " van verzenden of vul het e-mailadres van het adviesorgaan in.";

    private final LetterRouteRepository routes;
    private final LetterStepRepository steps;
    private final AdviceRegister advices;
    private final Letters letters;
    private final WorkflowSettingsStore settings;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher<LetterMoved> events;
    private final ResponseReviews reviews;
    private final Bodies bodies;

    LetterRoutes(
            LetterRouteRepository routes,
            LetterStepRepository steps,
            AdviceRegister advices,
            Letters letters,
            WorkflowSettingsStore settings,
            JdbcOperations jdbc,
            AuditLog audit,
            ApplicationEventPublisher<LetterMoved> events,
            ResponseReviews reviews,
            Bodies bodies) {
        this.routes = routes;
        this.steps = steps;
        this.advices = advices;
        this.letters = letters;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.reviews = reviews;
        this.bodies = bodies;
    }

    /** A letter took a step: for notifications, after the step's transaction commits. */
    public record LetterMoved(long adviceId, LetterStation from, LetterStation to, String actor) {}

    /** Where the letter stands, with every step it took. */
    @io.micronaut.serde.annotation.Serdeable
    public record RouteView(LetterRoute route, List<LetterStep> steps, WorkflowSettings settings) {}

    @Transactional(readOnly = true)
    public RouteView view(SignedInUser user, long adviceId) {
        readable(user, adviceId);
        return new RouteView(route(adviceId), steps.findByAdviceIdOrderById(adviceId), settings.current());
    }

    /** Where the letter of this advice stands (a draft until someone moves it). */
    @Transactional(readOnly = true)
    public LetterRoute route(long adviceId) {
        return routes.findById(adviceId).orElseGet(() -> LetterRoute.startingAt(adviceId));
    }

    @Transactional
    public RouteView check(SignedInUser user, long adviceId) {
        readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        WorkflowSettings current = settings.current();
        return moved(
                user,
                route,
                route.check(user, current, writers(adviceId, false), reviews.notApproved(adviceId, current)),
                null);
    }

    @Transactional
    public RouteView sendBack(SignedInUser user, long adviceId, @Nullable String comment) {
        readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        return moved(user, route, route.sendBack(user, comment), comment.strip());
    }

    /**
     * The manager approves: the letter becomes final, its PDF kept, its responses frozen. An incomplete letter
     * is refused naming what is missing before the route's own reasons.
     */
    @Transactional
    public LetterVersion approve(SignedInUser user, long adviceId, String ourReference, LocalDate date) {
        readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        WorkflowSettings current = settings.current();
        // what is missing in the letter is said first, to whoever may approve it
        LetterRoute.requireApprover(user, current);
        letters.requireNotSent(adviceId);
        letters.requireComplete(adviceId);
        LetterRoute approved =
                route.approve(user, current, writers(adviceId, true), reviews.notApproved(adviceId, current));
        LetterVersion version = letters.finalizeLetter(adviceId, ourReference, date);
        moved(user, route, approved, null);
        return version;
    }

    @Transactional
    public RouteView decide(
            SignedInUser user, long adviceId, DecisionKind kind, @Nullable String number, LocalDate decidedOn) {
        readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        return moved(user, route, route.decide(user, kind, number, decidedOn), null);
    }

    /**
     * The letter went to the body: recorded with its day and means; the advice is answered from now on. By
     * e-mail only to a body with an address, for the letter's mail is queued to it and would otherwise go
     * nowhere (409 naming {@code means}, after the route's own reasons).
     */
    @Transactional
    public RouteView send(SignedInUser user, long adviceId, LocalDate sentOn, SendingMeans means) {
        Advice advice = readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        LetterRoute sent = route.send(user, sentOn, means, settings.current());
        if (means == SendingMeans.EMAIL && !hasEmailAddress(advice)) {
            throw new ProblemException(
                    ProblemStatus.CONFLICT,
                    "Stap niet toegestaan",
                    NO_EMAIL_ADDRESS,
                    List.of(new FieldProblem("means", NO_EMAIL_ADDRESS)));
        }
        RouteView view = moved(user, route, sent, null);
        advices.markAnswered(adviceId);
        return view;
    }

    /**
     * A letter sent long before the tool, imported from the archive: recorded as sent on the day the file
     * says ({@link LetterRoute#recordedFromArchive}); the advice is answered from then on.
     */
    @Transactional
    public RouteView recordFromArchive(SignedInUser user, long adviceId, LocalDate sentOn, LocalDate today) {
        readable(user, adviceId);
        LetterRoute route = locked(adviceId);
        LetterRoute sent = route.recordedFromArchive(user, sentOn, today);
        RouteView view = moved(user, route, sent, "Ingevoerd uit archief; de verzonden brief is niet in de tool.");
        advices.markAnsweredFromArchive(adviceId, sentOn);
        return view;
    }

    /** Whether the letter of this advice can go by e-mail: its body has an address. */
    @Transactional(readOnly = true)
    public boolean mayEmail(long adviceId) {
        return hasEmailAddress(advices.get(adviceId));
    }

    private boolean hasEmailAddress(Advice advice) {
        String address = bodies.get(advice.bodyId()).contactEmail();
        return address != null && !address.isBlank();
    }

    private Advice readable(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        return advice;
    }

    /** The route's row, created at its first step and locked, so two steps at once are taken one after the other. */
    private LetterRoute locked(long adviceId) {
        jdbc.prepareStatement(
                "insert into letter_route (advice_id) values (?) on conflict (advice_id) do nothing", statement -> {
                    statement.setLong(1, adviceId);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("select 1 from letter_route where advice_id = ? for update", statement -> {
            statement.setLong(1, adviceId);
            return statement.executeQuery().next();
        });
        return routes.findById(adviceId).orElseThrow();
    }

    private RouteView moved(SignedInUser user, LetterRoute before, LetterRoute after, @Nullable String comment) {
        LetterRoute saved = routes.update(after);
        steps.save(new LetterStep(
                null,
                before.adviceId(),
                before.station(),
                after.station(),
                user.username(),
                user.name(),
                comment,
                null));
        audit.record(after.station().name(), "letter_route", before.adviceId(), before.adviceId(), before, saved);
        events.publishEvent(new LetterMoved(before.adviceId(), before.station(), after.station(), user.username()));
        return new RouteView(saved, steps.findByAdviceIdOrderById(before.adviceId()), settings.current());
    }

    /**
     * Who wrote part of the letter (a response or its texts), by username. {@code sinceCheck}: only those who
     * changed it after it was last checked.
     */
    private List<String> writers(long adviceId, boolean sinceCheck) {
        String sql = "select distinct actor from audit_event where advice_id = ? and entity in " + LETTER_PARTS
                + " and actor <> '" + AuditLog.SYSTEM + "'"
                + (sinceCheck
                        ? " and id > coalesce((select max(id) from audit_event where advice_id = ?"
                                + " and entity = 'letter_route' and action = 'CHECKED'), 0)"
                        : "")
                + " order by actor";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, adviceId);
            if (sinceCheck) {
                statement.setLong(2, adviceId);
            }
            ResultSet rows = statement.executeQuery();
            List<String> actors = new ArrayList<>();
            while (rows.next()) {
                actors.add(rows.getString(1));
            }
            return actors;
        });
    }
}
