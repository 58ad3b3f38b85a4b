package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.UserRepository;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.assignment.AdviceAssignments;
import nl.adviestracker.assignment.Assignments;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.ReviewState;
import nl.adviestracker.shared.DutchDates;

/** Who does what on the advice page: the lead, each point's assignee, each response's review and its buttons. */
@Singleton
class WorkBoxes {

    private final Assignments assignments;
    private final WorkflowSettingsStore settings;
    private final UserRepository users;

    WorkBoxes(Assignments assignments, WorkflowSettingsStore settings, UserRepository users) {
        this.assignments = assignments;
        this.settings = settings;
        this.users = users;
    }

    /**
     * The advice's division of work as staff see it.
     *
     * @param assignLink where staff choose the lead and assign points; null once the letter is final
     * @param approved how many of the {@code responses} are approved, which the letter needs before its check
     */
    public record WorkBox(
            @Nullable String lead,
            @Nullable String assignLink,
            AdviceAssignments assignments,
            WorkflowSettings settings,
            Map<Long, String> names,
            int approved,
            int responses) {

        /** Whether the page says how far the responses' review is: while the letter waits for it. */
        public boolean reviewShown() {
            return settings.responseReviewRequired() && assignLink != null && responses > 0;
        }

        public boolean allApproved() {
            return approved == responses;
        }

        /** "Anna de Vries, uiterlijk 3 maart 2025" for an assigned point. */
        @Nullable
        String assignmentOf(long pointId) {
            AdviceAssignments.PointAssignment assigned = assignments.of(pointId);
            return assigned == null
                    ? null
                    : assigned.assignee().name() + ", uiterlijk " + DutchDates.format(assigned.internalDueOn());
        }

        boolean lateAt(long pointId) {
            AdviceAssignments.PointAssignment assigned = assignments.of(pointId);
            return assigned != null && assigned.late();
        }
    }

    /**
     * Where a response stands in its review, with the steps this user may take ({@code problem}: why the last
     * step this user tried was refused).
     */
    public record ReviewBox(
            String state,
            String stateCode,
            @Nullable String writer,
            @Nullable String comment,
            boolean mayAsk,
            boolean mayReview,
            @Nullable String problem) {}

    WorkBox of(Advice advice, boolean letterOpen, java.util.List<ResponseView> responses) {
        Map<Long, String> names = new HashMap<>();
        AdviceAssignments current = assignments.of(advice.id());
        return new WorkBox(
                current.lead() == null ? null : current.lead().name(),
                letterOpen ? "/advices/" + advice.id() + "/toewijzing" : null,
                current,
                settings.current(),
                names,
                (int) responses.stream()
                        .filter(r -> r.reviewState() == ReviewState.APPROVED)
                        .count(),
                responses.size());
    }

    ReviewBox review(
            WorkBox work, ResponseView response, SignedInUser user, boolean letterOpen, @Nullable String problem) {
        String writer = response.writtenById() == null
                ? null
                : work.names()
                        .computeIfAbsent(
                                response.writtenById(),
                                id -> users.findById(id).map(u -> u.name()).orElse("een collega"));
        boolean notWriter = response.writtenById() == null || response.writtenById() != user.userId();
        return new ReviewBox(
                response.reviewState().dutch(),
                response.reviewState().name(),
                writer,
                response.reviewState() == ReviewState.APPROVED ? null : response.reviewComment(),
                letterOpen && user.isStaff() && response.reviewState() == ReviewState.DRAFT,
                letterOpen
                        && response.reviewState() == ReviewState.READY_FOR_REVIEW
                        && work.settings().mayReviewResponses(user)
                        && notWriter,
                problem);
    }
}
