package nl.adviestracker.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;

/**
 * A small data set for the report to the council on 2009 (a year no other test uses), built through the
 * application as staff and members would: letters walk the real route ({@link LetterSteps}). One body,
 * "Adviesraad Proefstad", with four advices; the term to answer is the default six weeks.
 *
 * <pre>
 * D "Wmo-vervoer 2008"  received 3 March 2008, sent 1 April 2008 (outside 2009)
 *     point 1 "wordt meegenomen", follow-up "Vervoerder aanspreken op stiptheid" due 1 December 2008, open
 * A "Armoedebeleid"     received 2 February 2009, due 16 March 2009, sent 10 March 2009: on time
 *     points 1 and 2 "overgenomen" in one response, point 3 "wordt meegenomen" with follow-up
 *     "Wijkaanpak Noord uitwerken" due 1 June 2009, moved by staff to 1 September 2009 ("De aanbesteding van de
 *     wijkteams liep uit."), open
 *     verdicts: points 1-2 satisfied; point 3 partly, a conversation wanted
 * B "Jeugdhulp"         received 4 May 2009, due 15 June 2009, extended two weeks to 29 June 2009
 *     ("De wethouder wacht de raadsbrief af"), sent 6 July 2009: 7 days late
 *     point 1 "niet overgenomen", point 2 "kennisgenomen"; verdict on point 1: not satisfied
 * C "Wmo-vervoer"       received 2 November 2009, due 14 December 2009, not answered
 *     point 1 confirmed by staff as a repeat of point 1 of D
 * </pre>
 *
 * Counted by hand for 2009 (counted on 31 December 2009; follow-ups overdue as of 15 January 2026):
 *
 * <ul>
 *   <li>received 3 (A, B, C); answered 2 (A, B): 1 on time (A), 1 late (B, 7 days); open 1 (C), overdue 1;
 *   <li>stances of the answered advices' 5 points: overgenomen 2, niet overgenomen 1, kennisgenomen 1, wordt
 *       meegenomen 1, the other three 0;
 *   <li>verdicts 3: satisfied 1, partly 1, not satisfied 1, conversations 1; 33% satisfied;
 *   <li>open commitments 2 (D's, sent in 2008, due 1 December 2008; A's, due 1 September 2009), both overdue;
 *       A's moved once, from 1 June 2009 to 1 September 2009; B's answer moved from 15 to 29 June 2009;
 *   <li>repeats 1: point 1 of C repeats point 1 of D (3 March 2008).
 * </ul>
 */
public final class HandCountedYear {

    public static final int YEAR = 2009;
    public static final String BODY = "Adviesraad Proefstad";
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    public final long body;
    public final Advice a;
    public final Advice b;
    public final Advice c;
    public final Advice d;

    private final Accounts accounts;
    private final HttpClient http;
    private final AdviceRegister advices;
    private final Responses responses;
    private final Api staff;
    private final Api manager;

    public HandCountedYear(
            Accounts accounts,
            HttpClient http,
            Bodies bodies,
            AdviceRegister advices,
            Responses responses,
            FollowUps followUps) {
        this.accounts = accounts;
        this.http = http;
        this.advices = advices;
        this.responses = responses;
        this.staff = accounts.staff(http);
        this.manager = accounts.manager(http);
        body = bodies.create(new BodyInput(BODY, "ARP", null, null, null, null, null, null))
                .id();
        Api member = accounts.member(http, body);

        d = advice(
                "Wmo-vervoer 2008",
                LocalDate.of(2008, 3, 3),
                List.of("Zorg dat het Wmo-vervoer op tijd rijdt en dat klanten niet lang hoeven te wachten."));
        ResponseView dr = respond(d, List.of(0), Stance.TAKEN_INTO_ACCOUNT, "Wij nemen dit mee in de aanbesteding.");
        followUps.create(new FollowUpInput(
                dr.id(), "Vervoerder aanspreken op stiptheid", "Afdeling Wmo", LocalDate.of(2008, 12, 1), null, null));
        send(d, "2008-04-01");

        a = advice(
                "Armoedebeleid",
                LocalDate.of(2009, 2, 2),
                List.of(
                        "Maak de minimaregelingen bekend in eenvoudige taal.",
                        "Zorg voor één loket voor alle regelingen.",
                        "Betrek de wijkteams bij de aanpak in Groningen-Noord."));
        ResponseView a12 = respond(a, List.of(0, 1), Stance.ADOPTED, "Wij nemen uw advies over.");
        ResponseView a3 = respond(a, List.of(2), Stance.TAKEN_INTO_ACCOUNT, "Wij nemen dit mee in de wijkaanpak.");
        FollowUpView promise = followUps.create(new FollowUpInput(
                a3.id(), "Wijkaanpak Noord uitwerken", "Afdeling DMO Beleid", LocalDate.of(2009, 6, 1), null, null));
        Api.Answer moved = staff.put(
                "/api/followups/" + promise.id(),
                Map.of(
                        "responseId", a3.id(),
                        "description", "Wijkaanpak Noord uitwerken",
                        "owner", "Afdeling DMO Beleid",
                        "dueOn", "2009-09-01",
                        "dueOnReason", "De aanbesteding van de wijkteams liep uit.",
                        "version", promise.version()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        send(a, "2009-03-10");

        b = advice(
                "Jeugdhulp",
                LocalDate.of(2009, 5, 4),
                List.of("Schaf de eigen bijdrage voor jeugdhulp af.", "Wij vragen aandacht voor de wachtlijsten."));
        ResponseView b1 = responses.create(
                b.id(),
                new ResponseInput(
                        List.of(points(b).get(0).id()),
                        Stance.NOT_ADOPTED,
                        null,
                        "Wij nemen dit advies niet over.",
                        "De eigen bijdrage is wettelijk geregeld.",
                        null));
        respond(b, List.of(1), Stance.NOTED, "Wij hebben hiervan kennisgenomen.");
        Api.Answer extended = staff.post(
                "/api/advices/" + b.id() + "/due-date-extensions",
                Map.of(
                        "dueOn", "2009-06-29",
                        "reason", "De wethouder wacht de raadsbrief af",
                        "version", advices.get(b.id()).version()));
        assertThat(extended.status()).as(extended.toString()).isIn(200, 201);
        send(b, "2009-07-06");

        c = advice(
                "Wmo-vervoer",
                LocalDate.of(2009, 11, 2),
                List.of("Zorg opnieuw dat het Wmo-vervoer op tijd rijdt en dat klanten niet lang hoeven te wachten."));
        Api.Answer repeat = staff.post(
                "/api/advices/" + c.id() + "/repeats/decisions",
                Map.of(
                        "pointId", points(c).get(0).id(),
                        "earlierPointId", points(d).get(0).id(),
                        "decision", "CONFIRMED"));
        assertThat(repeat.status()).as(repeat.toString()).isIn(200, 201);

        verdict(member, a, a12, "SATISFIED", "Goed dat het college dit overneemt.", false);
        verdict(member, a, a3, "PARTLY", "Wij willen weten wanneer de wijkaanpak start.", true);
        verdict(member, b, b1, "NOT_SATISFIED", "De wachtlijsten blijven.", false);
    }

    private Advice advice(String subject, LocalDate receivedOn, List<String> texts) {
        List<PointInput> points = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            points.add(new PointInput(String.valueOf(i + 1), texts.get(i), PointKind.RECOMMENDATION, null, null, null));
        }
        return advices.create(new AdviceInput(
                body,
                null,
                subject,
                AdviceKind.UNSOLICITED,
                receivedOn,
                null,
                null,
                "Sociaal domein",
                "DMO Beleid",
                null,
                null,
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                points,
                null));
    }

    private List<Point> points(Advice advice) {
        return advices.points(advice.id());
    }

    private ResponseView respond(Advice advice, List<Integer> indexes, Stance stance, String text) {
        List<Point> points = points(advice);
        return responses.create(
                advice.id(),
                new ResponseInput(
                        indexes.stream().map(i -> points.get(i).id()).toList(),
                        stance,
                        null,
                        text,
                        stance == Stance.ADOPTED ? null : "Dit past in het beleid dat al loopt.",
                        null));
    }

    private void send(Advice advice, String date) {
        LetterSteps.sendFinal(accounts, http, manager, advice.id(), "K-" + advice.subject(), date);
    }

    private static void verdict(
            Api member, Advice advice, ResponseView response, String judgement, String explanation, boolean talk) {
        Api.Answer given = member.post(
                "/api/advices/" + advice.id() + "/responses/" + response.id() + "/verdicts",
                Map.of("judgement", judgement, "explanation", explanation, "conversationWanted", talk));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
    }
}
