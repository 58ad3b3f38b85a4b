package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** Drafting the college's responses to the points of a received advice. */
@Singleton
public class Responses {

    private final AdviceRegister advices;
    private final ResponseRepository responses;
    private final CoveredPoints coveredPoints;
    private final AuditLog audit;

    Responses(AdviceRegister advices, ResponseRepository responses, CoveredPoints coveredPoints, AuditLog audit) {
        this.advices = advices;
        this.responses = responses;
        this.coveredPoints = coveredPoints;
        this.audit = audit;
    }

    /**
     * The responses to an advice, for a user who may read them: staff always, the body's members once the
     * letter is sent (403 before; 404 when the advice is not visible to the user at all).
     */
    @Transactional(readOnly = true)
    public List<ResponseView> list(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireResponsesReadable(user, advice);
        return listOf(advice);
    }

    /** The responses to an advice, for a use case that has checked access itself (or acts for no user). */
    public List<ResponseView> list(long adviceId) {
        return listOf(advices.get(adviceId));
    }

    /** The responses to an advice the caller has already read, without reading the advice again. */
    public List<ResponseView> listOf(Advice advice) {
        long adviceId = advice.id();
        Map<Long, List<Long>> covered = coveredPoints.ofAdvice(adviceId);
        return responses.ofAdvice(adviceId).stream()
                .map(response -> ResponseView.of(response, covered.getOrDefault(response.id(), List.of())))
                .toList();
    }

    /** One response, for a user who may read the advice's responses ({@link #list(SignedInUser, long)}). */
    @Transactional(readOnly = true)
    public ResponseView get(SignedInUser user, long adviceId, long responseId) {
        AdviceAccess.requireResponsesReadable(user, advices.get(adviceId));
        return view(adviceId, responseId);
    }

    /** One response, for a use case that has checked access itself. */
    public ResponseView get(long adviceId, long responseId) {
        advices.get(adviceId);
        return view(adviceId, responseId);
    }

    private ResponseView view(long adviceId, long responseId) {
        Response response =
                responses.findByIdAndAdviceId(responseId, adviceId).orElseThrow(() -> notFound(adviceId, responseId));
        return ResponseView.of(response, coveredPoints.ofAdvice(adviceId).getOrDefault(responseId, List.of()));
    }

    /** A response by staff who may read the advice, while its letter is not final. */
    @Transactional
    public ResponseView create(SignedInUser user, long adviceId, ResponseInput input) {
        requireStaffOf(user, adviceId);
        return create(adviceId, input, user.userId());
    }

    /** {@link #create(SignedInUser, long, ResponseInput)} for the service itself (demo data), acting for no user. */
    @Transactional
    public ResponseView create(long adviceId, ResponseInput input) {
        return create(adviceId, input, null);
    }

    private ResponseView create(long adviceId, ResponseInput input, @Nullable Long writerId) {
        Advice advice = requireReceived(adviceId);
        List<Long> pointIds = checkPoints(advice, input.pointIds(), null, coveredPoints.ofAdvice(adviceId));
        Response.requireReason(input.stance(), input.reason());
        Response saved = responses.save(new Response(
                null,
                adviceId,
                input.stance(),
                trimToNull(input.paraphrase()),
                input.text().strip(),
                trimToNull(input.reason()),
                null,
                null,
                null,
                ReviewState.DRAFT,
                writerId,
                null,
                Instant.now()));
        coveredPoints.replace(saved.id(), adviceId, pointIds);
        ResponseView view = ResponseView.of(saved, pointIds);
        audit.created("response", saved.id(), adviceId, view);
        return view;
    }

    /**
     * Reads the advice, the response and the covered points once each; the points covered are only
     * rewritten when they change.
     */
    @Transactional
    public ResponseView update(SignedInUser user, long adviceId, long responseId, ResponseInput input) {
        requireStaffOf(user, adviceId);
        Advice advice = requireReceived(adviceId);
        Response stored =
                responses.findByIdAndAdviceId(responseId, adviceId).orElseThrow(() -> notFound(adviceId, responseId));
        Map<Long, List<Long>> covered = coveredPoints.ofAdvice(adviceId);
        ResponseView before = ResponseView.of(stored, covered.getOrDefault(responseId, List.of()));
        Versions.requireCurrent(input.version(), before.version(), "Deze reactie", before);
        List<Long> pointIds = checkPoints(advice, input.pointIds(), responseId, covered);
        Response.requireReason(input.stance(), input.reason());
        responses.updateAnswer(
                responseId,
                stored.version(),
                input.stance(),
                trimToNull(input.paraphrase()),
                input.text().strip(),
                trimToNull(input.reason()));
        boolean rewritten = stored.stance() != input.stance()
                || !java.util.Objects.equals(stored.paraphrase(), trimToNull(input.paraphrase()))
                || !stored.text().equals(input.text().strip())
                || !java.util.Objects.equals(stored.reason(), trimToNull(input.reason()))
                || !pointIds.equals(before.pointIds());
        if (rewritten) {
            // an approved text that changes is reviewed again; its writer is who changed it
            responses.updateReview(stored.rewrittenBy(user.userId()), false);
        }
        Response updated = responses.findById(responseId).orElseThrow();
        if (!pointIds.equals(before.pointIds())) {
            coveredPoints.replace(responseId, adviceId, pointIds);
        }
        ResponseView after = ResponseView.of(updated, pointIds);
        audit.updated("response", responseId, adviceId, before, after);
        return after;
    }

    @Transactional
    public void delete(SignedInUser user, long adviceId, long responseId) {
        requireStaffOf(user, adviceId).requireLetterNotFinal();
        ResponseView before = get(adviceId, responseId);
        try {
            responses.deleteById(responseId);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            throw ProblemException.conflict("Deze reactie heeft toezeggingen; verwijder of verplaats die eerst.");
        }
        audit.deleted("response", responseId, adviceId, before);
    }

    /**
     * The advice, if this user may answer it: staff who may read it (another body's draft is not found).
     * Checked in the caller's transaction, before its write.
     */
    private Advice requireStaffOf(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen beleidsmedewerkers schrijven de reacties van het college.");
        }
        return advice;
    }

    private static ProblemException notFound(long adviceId, long responseId) {
        return ProblemException.notFound("Reactie " + responseId + " bij advies " + adviceId);
    }

    private Advice requireReceived(long adviceId) {
        Advice advice = advices.get(adviceId);
        if (advice.status() == AdviceStatus.DRAFT) {
            throw ProblemException.conflict(
                    "Dit advies is nog een concept van de adviesraad en kan nog niet worden beantwoord.");
        }
        advice.requireLetterNotFinal();
        return advice;
    }

    /**
     * The points must be this advice's, each named once, and not answered by another response.
     * Returns them in the advice's order.
     */
    private List<Long> checkPoints(
            Advice advice, List<Long> requested, Long ownResponseId, Map<Long, List<Long>> covered) {
        List<Point> ordered = advices.pointsOf(advice);
        Map<Long, Point> points = ordered.stream().collect(Collectors.toMap(Point::id, Function.identity()));
        Set<Long> unique = new HashSet<>();
        for (Long pointId : requested) {
            if (!points.containsKey(pointId)) {
                throw ProblemException.invalid("pointIds", "punt " + pointId + " hoort niet bij dit advies");
            }
            if (!unique.add(pointId)) {
                throw ProblemException.invalid(
                        "pointIds", "punt " + points.get(pointId).label() + " staat er twee keer in");
            }
        }
        covered.forEach((responseId, coveredIds) -> {
            if (!responseId.equals(ownResponseId)) {
                coveredIds.stream().filter(unique::contains).findFirst().ifPresent(pointId -> {
                    throw ProblemException.invalid(
                            "pointIds",
                            "punt " + points.get(pointId).label() + " is al beantwoord in een andere reactie");
                });
            }
        });
        return ordered.stream().map(Point::id).filter(unique::contains).toList();
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
