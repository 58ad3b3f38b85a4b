package nl.adviestracker.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserRepository;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.assignment.AdviceAssignments;
import nl.adviestracker.assignment.Assignments;
import nl.adviestracker.assignment.LeadAssigned;
import nl.adviestracker.assignment.PointAssigned;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.ResponseApproved;
import nl.adviestracker.response.ReviewAsked;
import nl.adviestracker.response.SentBack;
import nl.adviestracker.shared.DutchDates;

/**
 * Tells the officials on an advice's route what the route now asks of them: points assigned to them, the lead
 * of an advice, a response to review, their response sent back or approved. It listens inside the step's
 * transaction, so the notice and its queued mail commit or roll back with the step. Nobody is told about
 * their own step, and what was taken from someone before its mail left (a reassignment; a review somebody
 * else already gave) is withdrawn from them.
 */
@Singleton
class RouteNotices {

    private final Notifications notifications;
    private final AdviceRegister advices;
    private final Assignments assignments;
    private final UserRepository users;
    private final WorkflowSettingsStore workflow;
    private final Clock clock;

    RouteNotices(
            Notifications notifications,
            AdviceRegister advices,
            Assignments assignments,
            UserRepository users,
            WorkflowSettingsStore workflow,
            Clock clock) {
        this.notifications = notifications;
        this.advices = advices;
        this.assignments = assignments;
        this.users = users;
        this.workflow = workflow;
        this.clock = clock;
    }

    @EventListener
    void pointsAssigned(PointAssigned event) {
        AdviceAssignments now = assignments.of(event.adviceId());
        Set<Long> stillAssigned =
                now.points().stream().map(point -> point.assignee().userId()).collect(Collectors.toSet());
        notifications.withdrawExcept(assignedPrefix(event.adviceId()), stillAssigned);
        if (event.assigneeUserId() == event.byUserId()) {
            return;
        }
        Advice advice = advices.get(event.adviceId());
        notifications.tell(new Notice(
                event.assigneeUserId(),
                NoticeKind.ASSIGNED,
                nameOf(event.byUserId()) + " vraagt u de reactie te schrijven op " + points(advice, event.pointIds())
                        + " van het advies \"" + advice.subject() + "\", intern klaar op "
                        + DutchDates.format(event.internalDueOn()) + ".",
                "/advices/" + advice.id() + "#punt-" + event.pointIds().get(0),
                assignedPrefix(advice.id()) + ids(event.pointIds()) + "-to-" + event.assigneeUserId() + "-"
                        + event.internalDueOn()));
    }

    @EventListener
    void leadAssigned(LeadAssigned event) {
        notifications.withdrawExcept(leadPrefix(event.adviceId()), Set.of(event.leadUserId()));
        if (event.leadUserId() == event.byUserId()) {
            return;
        }
        Advice advice = advices.get(event.adviceId());
        notifications.tell(new Notice(
                event.leadUserId(),
                NoticeKind.ASSIGNED,
                nameOf(event.byUserId()) + " maakte u trekker van het antwoord op het advies \"" + advice.subject()
                        + "\"" + dueSentence(advice.responseDueOn()),
                "/advices/" + advice.id(),
                leadPrefix(advice.id()) + event.leadUserId()));
    }

    @EventListener
    void reviewAsked(ReviewAsked event) {
        Advice advice = advices.get(event.adviceId());
        String key = reviewPrefix(event.responseId()) + clock.millis();
        for (long reviewer : reviewers(event)) {
            notifications.tell(new Notice(
                    reviewer,
                    NoticeKind.REVIEW_ASKED,
                    nameOf(event.byUserId()) + " vraagt u de reactie op " + points(advice, event.pointIds())
                            + " van het advies \"" + advice.subject() + "\" te beoordelen.",
                    responseLink(event.adviceId(), event.responseId()),
                    key));
        }
    }

    @EventListener
    void sentBack(SentBack event) {
        notifications.withdrawExcept(reviewPrefix(event.responseId()), Set.of());
        tellWriter(
                event.writerUserId(),
                event.byUserId(),
                NoticeKind.SENT_BACK,
                event.adviceId(),
                event.responseId(),
                event.pointIds(),
                "stuurde uw reactie op",
                "terug: " + event.comment());
    }

    @EventListener
    void approved(ResponseApproved event) {
        notifications.withdrawExcept(reviewPrefix(event.responseId()), Set.of());
        tellWriter(
                event.writerUserId(),
                event.byUserId(),
                NoticeKind.APPROVED,
                event.adviceId(),
                event.responseId(),
                event.pointIds(),
                "keurde uw reactie op",
                "goed.");
    }

    private void tellWriter(
            @Nullable Long writer,
            long by,
            NoticeKind kind,
            long adviceId,
            long responseId,
            List<Long> pointIds,
            String verb,
            String rest) {
        if (writer == null || writer == by) {
            return;
        }
        Advice advice = advices.get(adviceId);
        notifications.tell(new Notice(
                writer,
                kind,
                nameOf(by) + " " + verb + " " + points(advice, pointIds) + " van het advies \"" + advice.subject()
                        + "\" " + rest,
                responseLink(adviceId, responseId),
                kind.name().toLowerCase(java.util.Locale.ROOT) + "-response-" + responseId + "-" + clock.millis()));
    }

    /**
     * Who is asked to review: the advice's lead when the lead may review this response; otherwise everyone
     * who may (the organisation's reviewer role), never its writer nor who asked.
     */
    private List<Long> reviewers(ReviewAsked event) {
        WorkflowSettings settings = workflow.current();
        Set<Long> excluded = new HashSet<>();
        excluded.add(event.byUserId());
        if (event.writerUserId() != null) {
            excluded.add(event.writerUserId());
        }
        List<User> candidates = users.listOrderByUsername().stream()
                .filter(User::active)
                .filter(user -> settings.mayReviewResponses(user.role()))
                .filter(user -> !excluded.contains(user.id()))
                .toList();
        AdviceAssignments.Person lead = assignments.of(event.adviceId()).lead();
        if (lead != null && candidates.stream().anyMatch(user -> user.id() == lead.userId())) {
            return List.of(lead.userId());
        }
        return candidates.stream().map(User::id).toList();
    }

    private String points(Advice advice, List<Long> pointIds) {
        Map<Long, String> labels = advices.pointsOf(advice).stream()
                .collect(Collectors.toMap(Point::id, Point::label, (a, b) -> a, java.util.LinkedHashMap::new));
        List<String> own =
                pointIds.stream().map(labels::get).filter(Objects::nonNull).toList();
        return own.isEmpty() ? "het advies" : PointReferences.of(new ArrayList<>(labels.values()), own);
    }

    private String nameOf(long userId) {
        return users.findById(userId).map(User::name).orElse("Een collega");
    }

    private static String dueSentence(@Nullable LocalDate dueOn) {
        return dueOn == null ? "." : "; het antwoord moet uiterlijk " + DutchDates.format(dueOn) + " verzonden zijn.";
    }

    private static String responseLink(long adviceId, long responseId) {
        return "/advices/" + adviceId + "#reactie-" + responseId;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    private static String assignedPrefix(long adviceId) {
        return "assigned-advice-" + adviceId + "-points-";
    }

    private static String leadPrefix(long adviceId) {
        return "lead-advice-" + adviceId + "-";
    }

    private static String reviewPrefix(long responseId) {
        return "review-response-" + responseId + "-";
    }
}
