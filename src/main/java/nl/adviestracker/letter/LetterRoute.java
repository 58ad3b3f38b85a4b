package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;

/**
 * The reply letter's route: draft, checked by a second official, approved by a manager (final), decided
 * by the college, sent. Each move is one method here that refuses an illegal one with its reason; the
 * database allows the same moves only ({@code letter_route_move_allowed}).
 *
 * @param decisionNumber the number of the B&amp;W decision, or the mandate decision's reference
 * @param sentOn the day it went to the body
 */
@Serdeable
@MappedEntity("letter_route")
public record LetterRoute(
        @Id Long adviceId,
        LetterStation station,
        @Nullable DecisionKind decisionKind,
        @Nullable String decisionNumber,
        @Nullable LocalDate decidedOn,
        @Nullable LocalDate sentOn,
        @Nullable SendingMeans sentMeans,
        @Version @Nullable Integer version,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    public static LetterRoute startingAt(long adviceId) {
        return new LetterRoute(adviceId, LetterStation.DRAFT, null, null, null, null, null, null, null);
    }

    /**
     * A second official checked the letter. Not someone who wrote any part of it: a response or the
     * letter's texts ({@code writers}, by username); and only once every response is approved where the
     * organisation reviews them ({@code unapproved}: those that are not, by name).
     */
    public LetterRoute check(
            SignedInUser user, WorkflowSettings settings, Collection<String> writers, List<String> unapproved) {
        requireStaff(user);
        requireAt(LetterStation.DRAFT, LetterStation.CHECKED, "controleren kan alleen een concept");
        if (writers.contains(user.username())) {
            throw AdviceAccess.forbidden("U schreef mee aan deze brief (een reactie of de teksten eromheen). Een"
                    + " collega die er niet aan schreef, controleert hem.");
        }
        requireResponsesApproved(LetterStation.CHECKED, settings, unapproved);
        return at(LetterStation.CHECKED);
    }

    /** The letter leaves its draft only with every response approved, where the organisation reviews them. */
    private static void requireResponsesApproved(LetterStation to, WorkflowSettings settings, List<String> unapproved) {
        if (settings.responseReviewRequired() && !unapproved.isEmpty()) {
            throw refused(
                    to,
                    "eerst worden alle reacties beoordeeld en goedgekeurd; nog niet goedgekeurd: "
                            + String.join(", ", unapproved));
        }
    }

    /** The checker (or the manager) sends the letter back to its writers, saying what must change. */
    public LetterRoute sendBack(SignedInUser user, @Nullable String comment) {
        requireStaff(user);
        requireAt(LetterStation.CHECKED, LetterStation.DRAFT, "terugsturen kan alleen een gecontroleerde brief");
        if (comment == null || comment.isBlank()) {
            throw ProblemException.invalid("comment", "is verplicht: zeg wat er aan de brief moet veranderen");
        }
        return at(LetterStation.DRAFT);
    }

    /**
     * The manager approves: the letter becomes final. After a check when the organisation asks for one,
     * and only when nobody changed the letter after it was checked ({@code changedAfterCheckBy}); and only
     * with every response approved ({@code unapproved}: those that are not), as the check requires.
     */
    public LetterRoute approve(
            SignedInUser user,
            WorkflowSettings settings,
            Collection<String> changedAfterCheckBy,
            List<String> unapproved) {
        requireApprover(user, settings);
        if (station == LetterStation.DRAFT && settings.checkRequired()) {
            throw refused(
                    LetterStation.FINAL,
                    "de brief is nog niet gecontroleerd: eerst controleert een tweede medewerker hem, die er niet aan"
                            + " schreef");
        }
        if (station != LetterStation.DRAFT && station != LetterStation.CHECKED) {
            throw refused(LetterStation.FINAL, "de brief is al " + station.dutch());
        }
        // also after the check: a reviewer may have sent a response back since
        requireResponsesApproved(LetterStation.FINAL, settings, unapproved);
        if (station == LetterStation.CHECKED && !changedAfterCheckBy.isEmpty()) {
            throw refused(
                    LetterStation.FINAL,
                    "na de controle veranderde " + String.join(", ", changedAfterCheckBy)
                            + " de brief; stuur hem terug en laat hem opnieuw controleren");
        }
        return at(LetterStation.FINAL);
    }

    /** The college decided on the final letter (date and number), or a mandate holder did (date). */
    public LetterRoute decide(SignedInUser user, DecisionKind kind, @Nullable String number, LocalDate on) {
        requireStaff(user);
        requireAt(LetterStation.FINAL, LetterStation.DECIDED, "een besluit volgt op een definitieve brief");
        String reference = number == null || number.isBlank() ? null : number.strip();
        if (kind == DecisionKind.COLLEGE && reference == null) {
            throw ProblemException.invalid("number", "is verplicht bij een besluit van het college");
        }
        return new LetterRoute(adviceId, LetterStation.DECIDED, kind, reference, on, null, null, version, updatedAt);
    }

    /**
     * The letter went to the body, on a day and by a means that are recorded. After the college's decision
     * where the organisation asks for one.
     */
    public LetterRoute send(SignedInUser user, LocalDate on, SendingMeans means, WorkflowSettings settings) {
        requireStaff(user);
        if (!means.choosable()) {
            throw ProblemException.invalid("means", "kies per e-mail, per post of via het documentsysteem");
        }
        if (station == LetterStation.FINAL && settings.collegeDecisionRequired()) {
            throw refused(
                    LetterStation.SENT,
                    "eerst wordt het besluit van het college (of het mandaatbesluit) over de brief vastgelegd");
        }
        if (station != LetterStation.FINAL && station != LetterStation.DECIDED) {
            throw refused(
                    LetterStation.SENT,
                    station == LetterStation.SENT
                            ? "de brief is al verzonden"
                            : "alleen een definitieve brief kan worden verzonden; deze is " + station.dutch());
        }
        if (decidedOn != null && on.isBefore(decidedOn)) {
            throw ProblemException.invalid("sentOn", "ligt voor de dag van het besluit (" + decidedOn + ")");
        }
        return new LetterRoute(
                adviceId, LetterStation.SENT, decisionKind, decisionNumber, decidedOn, on, means, version, updatedAt);
    }

    /**
     * A letter sent long ago, imported from the archive: recorded as sent on the day the file says, by the
     * means {@link SendingMeans#ARCHIVE}, straight from draft. There is no second official to check it years
     * later, nor a college decision to record: the archive is the record. Only a draft (a letter the tool
     * never moved) and only a day that has passed.
     */
    public LetterRoute recordedFromArchive(SignedInUser user, LocalDate on, LocalDate today) {
        requireStaff(user);
        requireAt(
                LetterStation.DRAFT,
                LetterStation.SENT,
                "alleen een brief die in de tool nog niet verder is gezet, wordt uit het archief vastgelegd");
        if (on.isAfter(today)) {
            throw ProblemException.invalid("sentOn", "ligt in de toekomst; een brief uit het archief is al verzonden");
        }
        return new LetterRoute(
                adviceId, LetterStation.SENT, null, null, null, on, SendingMeans.ARCHIVE, version, updatedAt);
    }

    /** Only the organisation's approver role makes a letter final (403 before any other reason). */
    public static void requireApprover(SignedInUser user, WorkflowSettings settings) {
        if (!settings.mayApprove(user)) {
            throw AdviceAccess.forbidden("Alleen " + settings.approverDutch() + " maakt de brief definitief.");
        }
    }

    private void requireAt(LetterStation from, LetterStation to, String rule) {
        if (station != from) {
            throw refused(to, rule + "; de brief is " + station.dutch());
        }
    }

    private static void requireStaff(SignedInUser user) {
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen medewerkers van de gemeente zetten de brief een stap verder.");
        }
    }

    private static ProblemException refused(LetterStation to, String reason) {
        return new ProblemException(
                nl.adviestracker.shared.ProblemStatus.CONFLICT,
                "Stap niet toegestaan",
                "De brief kan niet naar '" + to.dutch() + "': " + reason + ".",
                List.of(new FieldProblem("station", reason)));
    }

    private LetterRoute at(LetterStation next) {
        return new LetterRoute(
                adviceId, next, decisionKind, decisionNumber, decidedOn, sentOn, sentMeans, version, updatedAt);
    }
}
