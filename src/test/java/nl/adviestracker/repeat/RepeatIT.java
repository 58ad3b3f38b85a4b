package nl.adviestracker.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A point made again is hinted to member and staff with what was answered each time; a member sees only
 * answers that were sent; staff confirm or dismiss hints, and confirmed ones make a thread.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s") // a shared, busy test machine
class RepeatIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    FollowUps followUps;

    static long counter = System.nanoTime() % 1_000_000;

    long body;
    Advice of2022;
    Advice of2024;
    Advice of2025;
    Api member;
    Api staff;

    @BeforeEach
    void setUp() {
        long unique = ++counter;
        body = bodies.create(new BodyInput("Herhaalraad " + unique, "HR" + unique, null, null, null, null, null, null))
                .id();
        of2022 = answered(
                advice(
                        LocalDate.of(2022, 4, 1),
                        "Minimabeleid 2022",
                        List.of(
                                "Wij adviseren het college de minimaregelingen op één plek en in eenvoudige taal uit te leggen.",
                                "Verhoog het mantelzorgcompliment naar 200 euro per jaar.")),
                true);
        of2024 = answered(
                advice(
                        LocalDate.of(2024, 5, 1),
                        "Minimabeleid 2024",
                        List.of(
                                "Opnieuw vragen wij u om alle minimaregelingen op één plek en in begrijpelijke taal toe te lichten.",
                                "Zorg voor een jaarlijkse waardering voor vrijwilligers in de wijk.")),
                false);
        of2025 = advice(
                LocalDate.of(2025, 2, 1),
                "Minimabeleid 2025",
                List.of(
                        "Wij herhalen: leg de minimaregelingen in eenvoudige taal en op één plek uit.",
                        "Zorg dat de gemeentelijke telefoonlijn binnen vijf minuten wordt opgenomen."));
        member = accounts.member(http, body);
        staff = accounts.staff(http);
    }

    private Advice advice(LocalDate receivedOn, String subject, List<String> texts) {
        List<PointInput> points = new java.util.ArrayList<>();
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
                "Armoede",
                null,
                null,
                null,
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                points,
                null));
    }

    /** Each point answered with 'wordt meegenomen' and one follow-up; the letter sent when {@code sent}. */
    private Advice answered(Advice advice, boolean sent) {
        for (var point : advices.points(advice.id())) {
            ResponseView response = responses.create(
                    advice.id(),
                    new ResponseInput(
                            List.of(point.id()),
                            Stance.TAKEN_INTO_ACCOUNT,
                            null,
                            "Wij nemen dit mee.",
                            "Dit hoort bij de nieuwe aanpak.",
                            null));
            followUps.create(new FollowUpInput(response.id(), "Meenemen in de aanpak", "DMO", null, null, null));
        }
        if (!sent) {
            return advice;
        }
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), advice.id(), "K-" + advice.id(), "2024-03-12");
        return advices.get(advice.id());
    }

    private long point(Advice advice, int index) {
        return advices.points(advice.id()).get(index).id();
    }

    @Test
    void aRepeatedPointIsHintedWithWhatWasAnsweredEachTime() {
        Api.Answer hints = staff.get("/api/advices/" + of2025.id() + "/repeats");
        assertThat(hints.status()).isEqualTo(200);
        assertThat(hints.list()).hasSize(1);
        assertThat(((Number) hints.at("0.pointId")).longValue()).isEqualTo(point(of2025, 0));
        assertThat(((List<?>) hints.at("0.hints"))).hasSize(2);
        assertThat(hints.at("0.hints.0.stance")).isEqualTo("wordt meegenomen");
        assertThat(hints.at("0.hints.1.stance")).isEqualTo("wordt meegenomen");

        Api.Answer asMember = member.get("/api/advices/" + of2025.id() + "/repeats");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> memberHints = (List<Map<String, Object>>) asMember.at("0.hints");
        Map<String, Object> sent = memberHints.stream()
                .filter(h -> ((Number) h.get("adviceId")).longValue() == of2022.id())
                .findFirst()
                .orElseThrow();
        Map<String, Object> notSent = memberHints.stream()
                .filter(h -> ((Number) h.get("adviceId")).longValue() == of2024.id())
                .findFirst()
                .orElseThrow();
        assertThat(sent.get("stance")).isEqualTo("wordt meegenomen");
        assertThat(((Number) sent.get("followUps")).intValue()).isEqualTo(1);
        assertThat(notSent.get("stance")).as("the 2024 answer was not sent yet").isNull();
        assertThat(((Number) notSent.get("followUps")).intValue()).isZero();
    }

    @Test
    void staffConfirmAndDismissAndConfirmedRepeatsMakeAThread() {
        String decisions = "/api/advices/" + of2025.id() + "/repeats/decisions";
        assertThat(member.post(decisions, decision(point(of2025, 0), point(of2022, 0), "CONFIRMED"))
                        .status())
                .isEqualTo(403);
        Api.Answer confirmed = staff.post(decisions, decision(point(of2025, 0), point(of2024, 0), "CONFIRMED"));
        assertThat(confirmed.status()).isEqualTo(200);
        staff.post(
                "/api/advices/" + of2024.id() + "/repeats/decisions",
                decision(point(of2024, 0), point(of2022, 0), "CONFIRMED"));

        Api.Answer after = staff.get("/api/advices/" + of2025.id() + "/repeats");
        assertThat(((List<?>) after.at("0.thread")))
                .as("through 2024, also 2022")
                .hasSize(2);
        assertThat(after.at("0.summary"))
                .isEqualTo("Dit punt is eerder gemaakt in 2022 en 2024; beantwoord met 'wordt meegenomen' (2x);"
                        + " er volgden 2 toezeggingen.");
        assertThat(((List<?>) after.at("0.hints")))
                .as("the 2022 point is still only a hint here")
                .hasSize(1);

        staff.post(decisions, decision(point(of2025, 0), point(of2022, 0), "DISMISSED"));
        assertThat(((List<?>)
                        staff.get("/api/advices/" + of2025.id() + "/repeats").at("0.hints")))
                .isEmpty();

        assertThat(staff.post(decisions, decision(point(of2022, 0), point(of2025, 0), "CONFIRMED"))
                        .status())
                .as("the point must be this advice's")
                .isEqualTo(400);
        assertThat(staff.post(
                                "/api/advices/" + of2022.id() + "/repeats/decisions",
                                decision(point(of2022, 0), point(of2025, 0), "CONFIRMED"))
                        .status())
                .as("a later advice is not earlier")
                .isEqualTo(400);

        String page = pageAs(staff, "/advices/" + of2025.id());
        assertThat(org.jsoup.Jsoup.parse(page)
                        .select("#herhaald-advies .repeat__thread")
                        .text())
                .contains("Dit punt is eerder gemaakt in 2022 en 2024");
    }

    private static Map<String, Object> decision(long pointId, long earlierPointId, String decision) {
        return Map.of("pointId", pointId, "earlierPointId", earlierPointId, "decision", decision);
    }

    private String pageAs(Api api, String path) {
        var request = io.micronaut.http.HttpRequest.GET(path).accept("text/html");
        request.cookie(io.micronaut.http.cookie.Cookie.of("adviestracker_session", api.session()));
        return http.toBlocking().retrieve(request);
    }
}
