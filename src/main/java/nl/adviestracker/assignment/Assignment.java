package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.User;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;

/**
 * Who drafts the response to some points of one advice, and by when. The rules of an assignment, on every
 * path: the assignee is an active staff account; the internal due date lies before the advice's external one,
 * so the lead has time to review and the college to decide.
 */
@Serdeable
public record Assignment(List<Long> pointIds, long assigneeUserId, LocalDate internalDueOn) {

    /** Refuses an assignment that breaks a rule, naming the field and the reason. */
    public static Assignment of(
            List<Long> pointIds, @Nullable User assignee, @Nullable LocalDate internalDueOn, LocalDate externalDueOn) {
        if (pointIds == null || pointIds.isEmpty()) {
            throw ProblemException.invalid("pointIds", "kies ten minste één punt");
        }
        requireOfficial(assignee, "assigneeUserId");
        if (internalDueOn == null) {
            throw ProblemException.invalid("internalDueOn", "is verplicht");
        }
        if (!internalDueOn.isBefore(externalDueOn)) {
            throw ProblemException.invalid(
                    "internalDueOn",
                    "moet voor de uiterste antwoorddatum van het advies liggen (" + DutchDates.format(externalDueOn)
                            + ")");
        }
        return new Assignment(List.copyOf(pointIds), assignee.id(), internalDueOn);
    }

    /** A lead official or an assignee is an active account of a municipal official (staff or manager). */
    public static void requireOfficial(@Nullable User user, String field) {
        if (user == null) {
            throw ProblemException.invalid(field, "is geen gebruiker van deze organisatie");
        }
        if (!user.active() || (user.role() != Role.STAFF && user.role() != Role.MANAGER)) {
            throw ProblemException.invalid(field, user.name() + " is geen actieve medewerker van de gemeente");
        }
    }
}
