package nl.adviestracker.response;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.shared.ProblemException;

/**
 * Moving a response through its review ({@link Response#askReview}, {@link Response#approve},
 * {@link Response#sendBack}): each use case checks access, locks the response's row, lets the response refuse
 * or take the step, writes the history (entity {@code response_review}, so a reviewer does not count as a
 * writer of the letter) and publishes the step for notifications.
 */
@Singleton
public class ResponseReviews {

    /** What the history of a review step keeps: which response, where it went and (sent back) why. */
    @io.micronaut.serde.annotation.Serdeable
    public record ReviewStep(
            List<Long> pointIds,
            ReviewState reviewState,
            @Nullable String comment) {}

    private final AdviceRegister advices;
    private final ResponseRepository responses;
    private final CoveredPoints coveredPoints;
    private final WorkflowSettingsStore settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ReviewAsked> asked;
    private final ApplicationEventPublisher<SentBack> sentBack;
    private final ApplicationEventPublisher<ResponseApproved> approved;

    ResponseReviews(
            AdviceRegister advices,
            ResponseRepository responses,
            CoveredPoints coveredPoints,
            WorkflowSettingsStore settings,
            AuditLog audit,
            ApplicationEventPublisher<ReviewAsked> asked,
            ApplicationEventPublisher<SentBack> sentBack,
            ApplicationEventPublisher<ResponseApproved> approved) {
        this.advices = advices;
        this.responses = responses;
        this.coveredPoints = coveredPoints;
        this.settings = settings;
        this.audit = audit;
        this.asked = asked;
        this.sentBack = sentBack;
        this.approved = approved;
    }

    @Transactional
    public ResponseView askReview(SignedInUser user, long adviceId, long responseId) {
        Response before = locked(user, adviceId, responseId);
        Response after = before.askReview(user);
        List<Long> points = moved(user, before, after, "REVIEW_ASKED");
        asked.publishEvent(new ReviewAsked(adviceId, responseId, points, after.writtenById(), user.userId()));
        return view(adviceId, responseId, points);
    }

    @Transactional
    public ResponseView approve(SignedInUser user, long adviceId, long responseId) {
        Response before = locked(user, adviceId, responseId);
        Response after = before.approve(user, settings.current());
        List<Long> points = moved(user, before, after, "APPROVED");
        approved.publishEvent(new ResponseApproved(adviceId, responseId, points, after.writtenById(), user.userId()));
        return view(adviceId, responseId, points);
    }

    @Transactional
    public ResponseView sendBack(SignedInUser user, long adviceId, long responseId, @Nullable String comment) {
        Response before = locked(user, adviceId, responseId);
        Response after = before.sendBack(user, settings.current(), comment);
        List<Long> points = moved(user, before, after, "SENT_BACK");
        sentBack.publishEvent(
                new SentBack(adviceId, responseId, points, after.writtenById(), user.userId(), after.reviewComment()));
        return view(adviceId, responseId, points);
    }

    /**
     * The responses of an advice that are not approved yet, named as the letter names them ("de reactie op
     * punten 1 t/m 4 (concept)"), in the advice's order. Empty when the organisation does not review responses.
     */
    @Transactional(readOnly = true)
    public List<String> notApproved(long adviceId, WorkflowSettings current) {
        return waiting(adviceId, current).stream().map(Waiting::name).toList();
    }

    /** A response that is not approved yet, with its name as {@link #notApproved} gives it. */
    public record Waiting(long responseId, String name) {}

    /** The responses of {@link #notApproved}, each with its id, so a page can link to it. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(long adviceId, WorkflowSettings current) {
        if (!current.responseReviewRequired()) {
            return List.of();
        }
        Advice advice = advices.get(adviceId);
        Map<Long, String> labels = new LinkedHashMap<>();
        for (Point point : advices.pointsOf(advice)) {
            labels.put(point.id(), point.label());
        }
        Map<Long, List<Long>> covered = coveredPoints.ofAdvice(adviceId);
        List<Waiting> waiting = new ArrayList<>();
        for (Response response : responses.ofAdvice(adviceId)) {
            if (response.reviewState() != ReviewState.APPROVED) {
                List<String> own = covered.getOrDefault(response.id(), List.of()).stream()
                        .map(labels::get)
                        .toList();
                waiting.add(new Waiting(
                        response.id(),
                        "de reactie op "
                                + (own.isEmpty()
                                        ? "geen punt"
                                        : PointReferences.of(new ArrayList<>(labels.values()), own))
                                + " (" + response.reviewState().dutch() + ")"));
            }
        }
        return waiting;
    }

    private Response locked(SignedInUser user, long adviceId, long responseId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        advice.requireLetterNotFinal();
        return responses
                .lockedInAdvice(responseId, adviceId)
                .orElseThrow(() -> ProblemException.notFound("Reactie " + responseId + " bij advies " + adviceId));
    }

    private List<Long> moved(SignedInUser user, Response before, Response after, String action) {
        responses.updateReview(after, true);
        List<Long> points = coveredPoints.ofAdvice(before.adviceId()).getOrDefault(before.id(), List.of());
        audit.record(
                action,
                "response_review",
                before.id(),
                before.adviceId(),
                new ReviewStep(points, before.reviewState(), null),
                new ReviewStep(points, after.reviewState(), after.reviewComment()));
        return points;
    }

    private ResponseView view(long adviceId, long responseId, List<Long> points) {
        return ResponseView.of(
                responses.findByIdAndAdviceId(responseId, adviceId).orElseThrow(), points);
    }
}
