package nl.adviestracker.advice;

import io.micronaut.http.HttpStatus;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;

/**
 * Who may see and change which advice. The advice is the body's record: only its own members
 * write it, and only while it is a draft. Staff see an advice once it is submitted; members see
 * the college's answers once the letter is sent.
 */
public final class AdviceAccess {

    private AdviceAccess() {}

    public static void requireReadable(SignedInUser user, Advice advice) {
        boolean ownBody = user.isAsdgMemberOf(advice.bodyId());
        boolean staffMaySee = user.isStaff() && advice.status() != AdviceStatus.DRAFT;
        if (!ownBody && !staffMaySee) {
            throw forbidden("U hebt geen toegang tot dit advies.");
        }
    }

    /** Entering and changing the body's own text: its members, while it is a draft. */
    public static void requireAuthor(SignedInUser user, long bodyId) {
        if (!user.isAsdgMemberOf(bodyId)) {
            throw forbidden("Alleen leden van het eigen adviesorgaan kunnen dit advies schrijven.");
        }
    }

    /** The college's metadata of a submitted advice (our reference, department, due date): staff. */
    public static void requireEditable(SignedInUser user, Advice advice) {
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

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "Geen toegang", detail, List.of());
    }
}
