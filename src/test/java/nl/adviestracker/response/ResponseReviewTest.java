package nl.adviestracker.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * A response's review: draft, ready for review, approved; back to draft with a comment. The writer never
 * approves their own words; a step out of order is refused with the reason.
 */
class ResponseReviewTest {

    private static final SignedInUser WRITER = user(1, "anna", Role.STAFF);
    private static final SignedInUser REVIEWER = user(2, "bram", Role.STAFF);
    private static final SignedInUser MANAGER = user(3, "carla", Role.MANAGER);
    private static final SignedInUser MEMBER = user(4, "lid", Role.ASDG);
    private static final WorkflowSettings ANY_COLLEAGUE = WorkflowSettings.DEFAULTS;
    private static final WorkflowSettings MANAGERS_ONLY =
            new WorkflowSettings(true, Role.MANAGER, true, true, 1, Role.MANAGER);

    private static SignedInUser user(long id, String username, Role role) {
        return new SignedInUser(id, username, username.toUpperCase(), role, 1L, role == Role.ASDG ? 1L : null, null);
    }

    private static Response draft() {
        Instant at = Instant.parse("2025-03-01T09:00:00Z");
        return new Response(
                10L,
                7L,
                Stance.ADOPTED,
                null,
                "Wij nemen dit over.",
                null,
                0,
                at,
                at,
                ReviewState.DRAFT,
                WRITER.userId(),
                null,
                at);
    }

    private static Response ready() {
        return draft().askReview(WRITER);
    }

    private static ProblemException refusal(Runnable step) {
        return catchThrowableOfType(ProblemException.class, step::run);
    }

    @Test
    void aDraftIsOfferedForReviewAndApprovedByAColleague() {
        Response approved = ready().approve(REVIEWER, ANY_COLLEAGUE);
        assertThat(ready().reviewState()).isEqualTo(ReviewState.READY_FOR_REVIEW);
        assertThat(approved.reviewState()).isEqualTo(ReviewState.APPROVED);
        assertThat(approved.writtenById()).isEqualTo(WRITER.userId());
    }

    @Test
    void theWriterDoesNotApproveOrSendBackTheirOwnWords() {
        ProblemException problem = refusal(() -> ready().approve(WRITER, ANY_COLLEAGUE));
        assertThat(problem.status().getCode()).isEqualTo(403);
        assertThat(problem.getMessage()).contains("U schreef deze reactie het laatst");
        assertThat(refusal(() -> ready().sendBack(WRITER, ANY_COLLEAGUE, "Beter"))
                        .status()
                        .getCode())
                .isEqualTo(403);
    }

    @Test
    void aDraftIsNotApprovedBeforeItWasOfferedForReview() {
        ProblemException problem = refusal(() -> draft().approve(REVIEWER, ANY_COLLEAGUE));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage())
                .isEqualTo(
                        "De reactie kan niet naar 'goedgekeurd': de reactie is nog niet ter beoordeling aangeboden.");
        assertThat(problem.fieldProblems()).extracting(p -> p.field()).containsExactly("reviewState");
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheirReason() {
        Response approved = ready().approve(REVIEWER, ANY_COLLEAGUE);
        assertThat(refusal(() -> approved.approve(MANAGER, ANY_COLLEAGUE)).getMessage())
                .contains("de reactie is al goedgekeurd");
        assertThat(refusal(() -> ready().askReview(WRITER)).getMessage())
                .contains("alleen een concept wordt ter beoordeling aangeboden");
        assertThat(refusal(() -> draft().sendBack(REVIEWER, ANY_COLLEAGUE, "Beter"))
                        .getMessage())
                .contains("de reactie is al een concept");
    }

    @Test
    void sendingBackNeedsAComment() {
        ProblemException problem = refusal(() -> ready().sendBack(REVIEWER, ANY_COLLEAGUE, "  "));
        assertThat(problem.status().getCode()).isEqualTo(400);
        assertThat(problem.fieldProblems()).extracting(p -> p.field()).containsExactly("comment");
        Response back = ready().sendBack(REVIEWER, ANY_COLLEAGUE, " Noem de termijn. ");
        assertThat(back.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(back.reviewComment()).isEqualTo("Noem de termijn.");
    }

    @Test
    void anApprovedResponseMaySentBackAndIsOfferedAgain() {
        Response back = ready().approve(REVIEWER, ANY_COLLEAGUE).sendBack(MANAGER, ANY_COLLEAGUE, "Toch niet");
        assertThat(back.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(back.askReview(WRITER).reviewState()).isEqualTo(ReviewState.READY_FOR_REVIEW);
    }

    @Test
    void changingAnApprovedTextSendsItBackToDraftWithItsNewWriter() {
        Response rewritten = ready().approve(REVIEWER, ANY_COLLEAGUE).rewrittenBy(REVIEWER.userId());
        assertThat(rewritten.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(rewritten.writtenById()).isEqualTo(REVIEWER.userId());
        // who rewrote it is its writer now, and does not approve it
        assertThat(refusal(() -> rewritten.askReview(REVIEWER).approve(REVIEWER, ANY_COLLEAGUE))
                        .status()
                        .getCode())
                .isEqualTo(403);
        assertThat(ready().rewrittenBy(REVIEWER.userId()).reviewState()).isEqualTo(ReviewState.READY_FOR_REVIEW);
    }

    @Test
    void whereManagersReviewAColleagueOnStaffDoesNot() {
        ProblemException problem = refusal(() -> ready().approve(REVIEWER, MANAGERS_ONLY));
        assertThat(problem.status().getCode()).isEqualTo(403);
        assertThat(problem.getMessage()).contains("een manager (teamleider)");
        assertThat(ready().approve(MANAGER, MANAGERS_ONLY).reviewState()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void membersOfTheBodyTakeNoStep() {
        assertThat(refusal(() -> draft().askReview(MEMBER)).status().getCode()).isEqualTo(403);
        assertThat(refusal(() -> ready().approve(MEMBER, ANY_COLLEAGUE))
                        .status()
                        .getCode())
                .isEqualTo(403);
    }

    @Test
    void aResponseTheServiceWroteMayBeApprovedByAnyReviewer() {
        Response byService = new Response(
                        11L,
                        7L,
                        Stance.ADOPTED,
                        null,
                        "Ja.",
                        null,
                        0,
                        null,
                        null,
                        ReviewState.DRAFT,
                        null,
                        null,
                        Instant.EPOCH)
                .askReview(WRITER);
        assertThat(byService.approve(WRITER, ANY_COLLEAGUE).reviewState()).isEqualTo(ReviewState.APPROVED);
    }
}
