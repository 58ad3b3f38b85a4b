package nl.adviestracker.advice;

import java.util.List;
import java.util.Set;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * Who may see and change which advice. The advice is the body's record: only its own members
 * write it, and only while it is a draft. Staff see an advice once it is submitted; members see
 * the college's answers once the letter is sent.
 *
 * <p>An advice a user may not see at all (another body's, or a draft for staff) answers 404, as if
 * it did not exist, so its id reveals nothing; 403 is kept for "you may see it, but not do this".
 */
public final class AdviceAccess {

    /** History entries about the body's own record: readable by whoever may read the advice. */
    private static final Set<String> BODYS_OWN_RECORD =
            Set.of("advice", "point", "advice_document", "advice_due_date_extension", "advice_request");

    /** The college's working notes: never shown to the body. */
    private static final Set<String> INTERNAL = Set.of(
            "followup_note",
            "followup_evidence",
            "response_review",
            "advice_lead",
            "point_assignment",
            "internal_note");

    private AdviceAccess() {}

    /** Whether this user may see the advice at all. */
    public static boolean mayRead(SignedInUser user, Advice advice) {
        boolean ownBody = user.isAsdgMemberOf(advice.bodyId());
        boolean staffMaySee = user.isStaff() && advice.status() != AdviceStatus.DRAFT;
        return ownBody || staffMaySee;
    }

    public static void requireReadable(SignedInUser user, Advice advice) {
        if (!mayRead(user, advice)) {
            throw ProblemException.notFound("Advies " + advice.id());
        }
    }

    /** Entering and changing the body's own text: its members, while it is a draft. */
    public static void requireAuthor(SignedInUser user, long bodyId) {
        if (!user.isAsdgMemberOf(bodyId)) {
            throw forbidden("Alleen leden van het eigen adviesorgaan kunnen dit advies schrijven.");
        }
    }

    /** {@link #requireAuthor(SignedInUser, long)} of an existing advice, which must be visible first. */
    public static void requireAuthor(SignedInUser user, Advice advice) {
        requireReadable(user, advice);
        requireAuthor(user, advice.bodyId());
    }

    /** The college's metadata of a submitted advice (our reference, department, due date): staff. */
    public static void requireEditable(SignedInUser user, Advice advice) {
        requireReadable(user, advice);
        if (user.isAsdgMemberOf(advice.bodyId()) && advice.status() == AdviceStatus.DRAFT) {
            return;
        }
        if (user.isStaff() && advice.status() != AdviceStatus.DRAFT) {
            return;
        }
        throw forbidden("U kunt dit advies niet wijzigen.");
    }

    /** Whether this user may read the college's responses to the advice now. */
    public static boolean mayReadResponses(SignedInUser user, Advice advice) {
        return user.isStaff() || (user.isAsdgMemberOf(advice.bodyId()) && advice.status() == AdviceStatus.ANSWERED);
    }

    /**
     * The college's responses (and what is made of them: corrections, the letter) to an advice this user
     * may see: 404 when the advice is not visible at all, 403 with {@code detail} when its answers are not
     * yet (a member before the letter is sent).
     */
    public static void requireResponsesReadable(SignedInUser user, Advice advice, String detail) {
        requireReadable(user, advice);
        if (!mayReadResponses(user, advice)) {
            throw forbidden(detail);
        }
    }

    /** {@link #requireResponsesReadable(SignedInUser, Advice, String)} with the message for responses. */
    public static void requireResponsesReadable(SignedInUser user, Advice advice) {
        requireResponsesReadable(user, advice, RESPONSES_AFTER_SENDING);
    }

    public static final String RESPONSES_AFTER_SENDING =
            "De reacties van het college zijn zichtbaar zodra de brief is verstuurd.";

    /**
     * Whether a history entry about this kind of record ({@code entity} as the audit log names it) may
     * be shown to the user: the same rule as for the record itself. The body's own text always; the
     * college's material (responses, follow-ups, letter, publication) once the letter is sent; the
     * college's internal notes never. Unknown kinds count as the college's material.
     */
    public static boolean mayReadHistoryOf(SignedInUser user, Advice advice, String entity) {
        if (!mayRead(user, advice)) {
            return false;
        }
        if (user.isStaff()) {
            return true;
        }
        if (INTERNAL.contains(entity)) {
            return false;
        }
        return BODYS_OWN_RECORD.contains(entity) || mayReadResponses(user, advice);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemStatus.FORBIDDEN, "Geen toegang", detail, List.of());
    }
}
