package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;

/** Assembles the verdict page: each response of the sent letter with the body's verdict and its history. */
@Singleton
class VerdictScreen {

    private final AdviceRegister advices;
    private final Responses responses;
    private final Verdicts verdicts;
    private final PublicVerdicts publicVerdicts;
    private final Bodies bodies;

    VerdictScreen(
            AdviceRegister advices,
            Responses responses,
            Verdicts verdicts,
            PublicVerdicts publicVerdicts,
            Bodies bodies) {
        this.advices = advices;
        this.responses = responses;
        this.verdicts = verdicts;
        this.publicVerdicts = publicVerdicts;
        this.bodies = bodies;
    }

    public record VerdictPage(
            Frame frame,
            long adviceId,
            String subject,
            String bodyName,
            boolean member,
            boolean verdictsPublic,
            @Nullable String notice,
            List<Card> responses) {}

    /**
     * One response with the body's verdict.
     *
     * @param form the member's form to give or revise the verdict; null for staff, who only read
     */
    public record Card(
            long responseId,
            String reference,
            String stance,
            @Nullable String paraphrase,
            String text,
            @Nullable VerdictView current,
            List<VerdictView> earlier,
            @Nullable VerdictForm form) {}

    public record VerdictForm(
            Form form, Form.Field judgement, Form.Field explanation, boolean conversationWanted, String replaces) {}

    /** The page; {@code failed} holds the form of one response shown again after an error. */
    VerdictPage view(SignedInUser user, long adviceId, @Nullable Failed failed, @Nullable String notice) {
        Advice advice = advices.get(adviceId);
        List<ResponseVerdicts> all = verdicts.of(user, adviceId);
        Map<Long, ResponseVerdicts> byResponse =
                all.stream().collect(Collectors.toMap(ResponseVerdicts::responseId, Function.identity()));
        List<Point> points = advices.pointsOf(advice);
        List<String> labels = points.stream().map(Point::label).toList();
        Map<Long, String> labelOf = points.stream().collect(Collectors.toMap(Point::id, Point::label));
        boolean mayGive = Verdicts.mayGive(user, advice);
        List<Card> cards = responses.listOf(advice).stream()
                .map(response -> card(response, labels, labelOf, byResponse.get(response.id()), mayGive, failed))
                .toList();
        return new VerdictPage(
                Frame.of("Oordeel van de adviesraad: " + advice.subject(), user, "/advices", null),
                adviceId,
                advice.subject(),
                bodies.get(advice.bodyId()).name(),
                user.isAsdgMemberOf(advice.bodyId()),
                publicVerdicts.shown(advice.bodyId()),
                notice,
                cards);
    }

    /** A form that failed: which response it was for and what was typed. */
    record Failed(long responseId, Form form) {}

    private static Card card(
            ResponseView response,
            List<String> labels,
            Map<Long, String> labelOf,
            @Nullable ResponseVerdicts verdicts,
            boolean mayGive,
            @Nullable Failed failed) {
        VerdictView current = verdicts == null ? null : verdicts.current();
        List<VerdictView> history = verdicts == null ? List.of() : verdicts.history();
        List<VerdictView> earlier =
                new ArrayList<>(history.isEmpty() ? List.of() : history.subList(0, history.size() - 1));
        Collections.reverse(earlier); // newest first
        VerdictForm form = null;
        if (mayGive) {
            Form state = failed != null && failed.responseId() == response.id()
                    ? failed.form()
                    : emptyForm(response.id(), current);
            form = new VerdictForm(
                    state,
                    state.field("judgement", Form.options(Judgement.values(), Judgement::dutch)),
                    state.field("explanation"),
                    "on".equals(state.value("conversationWanted")),
                    state.value("replaces"));
        }
        return new Card(
                response.id(),
                PointReferences.of(
                        labels, response.pointIds().stream().map(labelOf::get).toList()),
                response.stance().dutch(),
                response.paraphrase(),
                response.text(),
                current,
                earlier,
                form);
    }

    static Form emptyForm(long responseId, @Nullable VerdictView current) {
        Form form = Form.named("oordeel-" + responseId + "-")
                .label("judgement", "Oordeel")
                .label("explanation", "Toelichting");
        if (current == null) {
            return form.set("judgement", "")
                    .set("explanation", "")
                    .set("conversationWanted", "")
                    .set("replaces", "");
        }
        return form.set("judgement", current.judgement().name())
                .set("explanation", current.explanation())
                .set("conversationWanted", current.conversationWanted() ? "on" : "")
                .set("replaces", current.id());
    }
}
