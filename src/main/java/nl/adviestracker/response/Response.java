package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * The college's answer (reactie) to one or more points of one advice.
 *
 * @param paraphrase what the body asked, in the college's short words; it opens the letter's paragraph
 * @param reason why the college departs from the advice; required for every stance but ADOPTED
 * @param writtenById who last wrote its words (null: the service itself, e.g. the demo data); never its reviewer
 * @param reviewComment why a reviewer sent it back, until it is approved
 * @param reviewStateAt since when it stands where it is in its review (the database sets it when the state changes)
 */
@Serdeable
@MappedEntity("response")
public record Response(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        Stance stance,
        @Nullable String paraphrase,
        String text,
        @Nullable String reason,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt,

        ReviewState reviewState,
        @Nullable Long writtenById,
        @Nullable String reviewComment,
        Instant reviewStateAt) {

    /** Its writer asks a colleague to review it. Only a draft; any staff member who may answer the advice. */
    public Response askReview(SignedInUser user) {
        requireStaff(user);
        if (reviewState != ReviewState.DRAFT) {
            throw refused(ReviewState.READY_FOR_REVIEW, "alleen een concept wordt ter beoordeling aangeboden");
        }
        return inReview(ReviewState.READY_FOR_REVIEW, reviewComment);
    }

    /**
     * A reviewer approves it: someone the organisation lets review ({@code settings}), never its writer, and only
     * once it was offered for review.
     */
    public Response approve(SignedInUser user, WorkflowSettings settings) {
        requireReviewer(user, settings);
        if (reviewState != ReviewState.READY_FOR_REVIEW) {
            throw refused(
                    ReviewState.APPROVED,
                    reviewState == ReviewState.APPROVED
                            ? "de reactie is al goedgekeurd"
                            : "de reactie is nog niet ter beoordeling aangeboden");
        }
        return inReview(ReviewState.APPROVED, null);
    }

    /** A reviewer sends it back to its writer, saying what must change (required). */
    public Response sendBack(SignedInUser user, WorkflowSettings settings, @Nullable String comment) {
        requireReviewer(user, settings);
        if (reviewState == ReviewState.DRAFT) {
            throw refused(ReviewState.DRAFT, "de reactie is al een concept");
        }
        if (comment == null || comment.isBlank()) {
            throw ProblemException.invalid("comment", "is verplicht: zeg wat er aan de reactie moet veranderen");
        }
        return inReview(ReviewState.DRAFT, comment.strip());
    }

    /**
     * Someone changed its words ({@code writerId}): they are its writer now, and an approved text goes back to
     * draft, to be reviewed again. A response waiting for review keeps waiting, with the new words.
     */
    public Response rewrittenBy(long writerId) {
        return withReview(
                reviewState == ReviewState.APPROVED ? ReviewState.DRAFT : reviewState, writerId, reviewComment);
    }

    private void requireReviewer(SignedInUser user, WorkflowSettings settings) {
        requireStaff(user);
        if (!settings.mayReviewResponses(user)) {
            throw ProblemException.forbidden("Alleen " + settings.reviewerDutch() + " beoordeelt een reactie.");
        }
        if (writtenById != null && writtenById == user.userId()) {
            throw ProblemException.forbidden(
                    "U schreef deze reactie het laatst. Een collega die er niet aan schreef, beoordeelt hem.");
        }
    }

    private static void requireStaff(SignedInUser user) {
        if (!user.isStaff()) {
            throw ProblemException.forbidden("Alleen medewerkers van de gemeente beoordelen reacties.");
        }
    }

    private static ProblemException refused(ReviewState to, String reason) {
        return new ProblemException(
                ProblemStatus.CONFLICT,
                "Stap niet toegestaan",
                "De reactie kan niet naar '" + to.dutch() + "': " + reason + ".",
                List.of(new FieldProblem("reviewState", reason)));
    }

    private Response inReview(ReviewState next, @Nullable String comment) {
        return withReview(next, writtenById, comment);
    }

    private Response withReview(ReviewState next, @Nullable Long writer, @Nullable String comment) {
        return new Response(
                id,
                adviceId,
                stance,
                paraphrase,
                text,
                reason,
                version,
                createdAt,
                updatedAt,
                next,
                writer,
                comment,
                reviewStateAt);
    }

    /** Whether this stored response breaks the reason rule (rows stored before it held on every path). */
    public boolean lacksRequiredReason() {
        return reasonMissing(stance, reason);
    }

    /**
     * Awb 3:50, one rule on every path (API, screens, demo data): a stance that departs from the advice
     * cannot be saved without its reason. Refused as a problem on field {@code reason}.
     */
    public static void requireReason(Stance stance, @Nullable String reason) {
        if (reasonMissing(stance, reason)) {
            throw ProblemException.invalid("reason", reasonRequired(stance));
        }
    }

    /** Why {@link #requireReason} refuses: the same words on the screen and in the API's problem. */
    public static String reasonRequired(Stance stance) {
        return "is verplicht bij het standpunt '" + stance.dutch()
                + "': wie afwijkt van het advies, geeft de redenen (Awb 3:50)";
    }

    public static boolean reasonMissing(Stance stance, @Nullable String reason) {
        return stance.requiresReason() && (reason == null || reason.isBlank());
    }
}
