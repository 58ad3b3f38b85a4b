package nl.adviestracker.web;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.letter.DecisionKind;
import nl.adviestracker.letter.LetterRoutes;
import nl.adviestracker.letter.SendingMeans;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.LetterSteps;

/** Test data for page tests: one body, a user per role, and advices in each state. */
@Singleton
class Scenery {

    static final String PASSWORD = "wachtwoord-voor-test";

    private final Bodies bodies;
    private final Users users;
    private final AdviceRegister advices;
    private final LetterRoutes routes;
    private final Responses responses;
    private final FollowUps followUps;
    private final ResponseReviews reviews;

    Scenery(
            Bodies bodies,
            Users users,
            AdviceRegister advices,
            LetterRoutes routes,
            Responses responses,
            FollowUps followUps,
            ResponseReviews reviews) {
        this.bodies = bodies;
        this.users = users;
        this.advices = advices;
        this.routes = routes;
        this.responses = responses;
        this.followUps = followUps;
        this.reviews = reviews;
    }

    /** {@code staff} and {@code manager}: the users who walk a letter's route ({@link #sendLetter}). */
    record Set(
            long body,
            Advice draft,
            Advice received,
            ResponseView response,
            FollowUpView followUp,
            Advice answered,
            SignedInUser staff,
            SignedInUser manager) {}

    Set build(String prefix) {
        long body = bodies.create(new BodyInput(
                        "Adviesraad " + prefix,
                        prefix.toUpperCase(),
                        "D. Brouns",
                        "Postbus 30026\n9700 RM GRONINGEN",
                        null,
                        null,
                        List.of("Armoede"),
                        null))
                .id();
        user(prefix + "-lid", Role.ASDG, body);
        SignedInUser staff = user(prefix + "-beleid", Role.STAFF, null);
        SignedInUser manager = user(prefix + "-manager", Role.MANAGER, null);
        user(prefix + "-beheer", Role.ADMIN, null);
        Advice draft = advice(body, "Concept over schuldhulp", AdviceStatus.DRAFT);
        Advice received = advice(body, "Brede aanpak armoede", AdviceStatus.RECEIVED);
        List<Point> points = advices.points(received.id());
        ResponseView response = responses.create(
                received.id(),
                new ResponseInput(
                        List.of(points.get(0).id(), points.get(1).id()),
                        Stance.ALREADY_POLICY,
                        "U vindt het belangrijk dat de doelen inzichtelijk zijn",
                        "De monitoring is hierop gericht.",
                        "Effecten zijn niet zonder meer toe te schrijven.",
                        null));
        FollowUpView followUp = followUps.create(new FollowUpInput(
                response.id(),
                "De ASDG informeren over de monitor",
                "Afdeling DMO Beleid",
                LocalDate.now(DutchDates.ZONE).minusDays(3),
                null,
                null));
        followUps.create(new FollowUpInput(
                response.id(), "Preventie meenemen in de aanpak Noord", "Afdeling DMO Beleid", null, null, null));
        // reviewed and approved, so the letter of the received advice can be checked on its screen
        LetterSteps.approveResponses(responses, reviews, manager, received.id());
        Advice answered = advice(body, "Minimaregelingen 2025", AdviceStatus.RECEIVED);
        List<Point> answeredPoints = advices.points(answered.id());
        responses.create(
                answered.id(),
                new ResponseInput(
                        answeredPoints.stream().map(Point::id).toList(),
                        Stance.ADOPTED,
                        "U vraagt om eenvoudiger regelingen",
                        "Wij nemen dit over.",
                        null,
                        null));
        sendLetter(answered.id(), staff, manager);
        answered = advices.get(answered.id());

        return new Set(body, draft, received, response, followUp, answered, staff, manager);
    }

    private Advice advice(long body, String subject, AdviceStatus status) {
        return advices.create(new AdviceInput(
                body,
                null,
                subject,
                AdviceKind.SOLICITED,
                LocalDate.of(2024, 2, 2),
                null,
                null,
                "Armoede",
                "Afdeling DMO Beleid",
                null,
                null,
                null,
                "Wij hebben meegedacht over het programma.",
                "Wij blijven graag betrokken.",
                status,
                List.of(
                        new PointInput(
                                "1", "Maak duidelijk wat armoede is.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput(
                                "2",
                                "Formuleer doelen die te volgen zijn.",
                                PointKind.RECOMMENDATION,
                                "art. 3.8 lid 3",
                                null,
                                null),
                        new PointInput("3", "Hoe worden effecten gemeten?", PointKind.QUESTION, null, null, null)),
                null));
    }

    /** The letter's whole route, as staff and a manager walk it: checked, final, decided and sent. */
    void sendLetter(long adviceId, SignedInUser staff, SignedInUser manager) {
        LocalDate on = LocalDate.of(2024, 3, 12);
        LetterSteps.approveResponses(responses, reviews, manager, adviceId);
        routes.check(staff, adviceId);
        routes.approve(manager, adviceId, "DMO-2024-" + adviceId, on);
        routes.decide(manager, adviceId, DecisionKind.COLLEGE, "B&W 2024-" + adviceId, on);
        routes.send(manager, adviceId, on, SendingMeans.POST);
    }

    private SignedInUser user(String username, Role role, Long body) {
        User user = users.create(new UserInput(
                username,
                "Test " + role.dutch(),
                username + "@example.org",
                role,
                role == Role.ASDG ? body : null,
                PASSWORD,
                true,
                null));
        return new SignedInUser(
                user.id(), user.username(), user.name(), role, user.organisationId(), user.bodyId(), null);
    }
}
