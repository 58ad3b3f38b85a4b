package nl.adviestracker.verdict;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.ProblemException;

/**
 * Giving the body's verdict on the college's responses. The verdict is the body's own record: only a
 * member of the body gives or revises it, only once the answer was sent to the body (the same rule that
 * lets members read the responses, {@link AdviceAccess#mayReadResponses}), and nobody changes a verdict
 * once given: a revision is a new one, the old one stays in the history.
 */
@Singleton
public class Verdicts {

    static final String ONLY_MEMBERS =
            "Het oordeel is van de adviesraad: alleen leden van de adviesraad geven of wijzigen het.";
    static final String NOT_YET_SENT = "Een oordeel kan pas worden gegeven als de antwoordbrief is verstuurd.";

    private final AdviceRegister advices;
    private final Responses responses;
    private final VerdictRepository verdicts;
    private final AuditLog audit;

    Verdicts(AdviceRegister advices, Responses responses, VerdictRepository verdicts, AuditLog audit) {
        this.advices = advices;
        this.responses = responses;
        this.verdicts = verdicts;
        this.audit = audit;
    }

    /** The verdicts on every response of the advice, in the responses' order; for whoever may read them. */
    @Transactional(readOnly = true)
    public List<ResponseVerdicts> of(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        requireVisible(user, advice);
        return collect(advice);
    }

    /** Whether this user may see the body's verdicts on this advice: whoever may read its responses. */
    public static boolean mayRead(SignedInUser user, Advice advice) {
        return AdviceAccess.mayRead(user, advice) && AdviceAccess.mayReadResponses(user, advice);
    }

    /**
     * Whether the answer has reached the body: the rule that lets the body's members read the responses,
     * asked for a stand-in member, so verdicts follow that one rule wherever it changes.
     */
    public static boolean sentToBody(Advice advice) {
        SignedInUser member = new SignedInUser(0, "", "", Role.ASDG, null, advice.bodyId(), null);
        return AdviceAccess.mayReadResponses(member, advice);
    }

    /** Whether this user may give the body's verdict on this advice now. */
    public static boolean mayGive(SignedInUser user, Advice advice) {
        return user.isAsdgMemberOf(advice.bodyId()) && AdviceAccess.mayReadResponses(user, advice);
    }

    /** The body's verdicts of an advice without a check: for pages that have checked already. */
    @Transactional(readOnly = true)
    public List<ResponseVerdicts> collect(Advice advice) {
        Map<Long, List<VerdictView>> byResponse = new LinkedHashMap<>();
        for (ResponseView response : responses.listOf(advice)) {
            byResponse.put(response.id(), new ArrayList<>());
        }
        for (Verdict verdict : verdicts.findByAdviceIdOrderById(advice.id())) {
            byResponse
                    .computeIfAbsent(verdict.responseId(), id -> new ArrayList<>())
                    .add(VerdictView.of(verdict));
        }
        return byResponse.entrySet().stream()
                .map(e -> new ResponseVerdicts(
                        e.getKey(),
                        e.getValue().isEmpty()
                                ? null
                                : e.getValue().get(e.getValue().size() - 1),
                        List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * Records a member's verdict on one response. The first verdict names nothing to replace; a revision
     * names the current verdict, so a member who had not seen a colleague's newer verdict is told (409)
     * instead of overwriting it unseen.
     */
    @Transactional
    public VerdictView give(SignedInUser user, long adviceId, long responseId, VerdictInput input) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isAsdgMemberOf(advice.bodyId())) {
            throw AdviceAccess.forbidden(ONLY_MEMBERS);
        }
        if (!AdviceAccess.mayReadResponses(user, advice)) {
            throw ProblemException.conflict(NOT_YET_SENT);
        }
        responses.get(adviceId, responseId); // 404 when the response is not this advice's
        List<Verdict> history = verdicts.findByResponseIdOrderById(responseId);
        Verdict current = history.isEmpty() ? null : history.get(history.size() - 1);
        Long currentId = current == null ? null : current.id();
        if (!java.util.Objects.equals(currentId, input.replaces())) {
            if (current == null) {
                throw ProblemException.invalid("replaces", "er is nog geen oordeel om te vervangen; laat dit leeg");
            }
            throw ProblemException.staleVersion("Het oordeel over deze reactie", VerdictView.of(current));
        }
        String explanation =
                input.explanation() == null ? "" : input.explanation().strip();
        if (explanation.isEmpty()) {
            throw ProblemException.invalid("explanation", "vul een korte toelichting in");
        }
        Verdict saved = verdicts.save(new Verdict(
                null,
                adviceId,
                responseId,
                input.judgement(),
                explanation,
                input.wantsConversation(),
                currentId,
                user.username(),
                null));
        VerdictView view = VerdictView.of(saved);
        if (current == null) {
            audit.created("response_verdict", saved.id(), adviceId, view);
        } else {
            audit.updated("response_verdict", saved.id(), adviceId, VerdictView.of(current), view);
        }
        return view;
    }

    private static void requireVisible(SignedInUser user, Advice advice) {
        AdviceAccess.requireReadable(user, advice);
        if (!AdviceAccess.mayReadResponses(user, advice)) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN,
                    "Geen toegang",
                    "De reacties van het college en de oordelen erover zijn zichtbaar zodra de brief is verstuurd.",
                    List.of());
        }
    }
}
