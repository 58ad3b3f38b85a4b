package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.adviestracker.shared.ProblemException;

/**
 * One advice (advies) from a body on one subject. Its text is the body's own words.
 *
 * <p>Three dates are kept apart: {@code letterDatedOn}, the date of the body's letter ("uw brief van"
 * in the reply); {@code receivedOn}, the day the college received it, which starts the response term;
 * and the day it was submitted in the tool, which the audit log holds.
 */
@Serdeable
@MappedEntity("advice")
public record Advice(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long bodyId,
        @Nullable Long projectGroupId,
        String subject,
        AdviceKind kind,
        LocalDate receivedOn,
        @Nullable String theirReference,
        @Nullable String ourReference,
        @Nullable String theme,
        @Nullable String department,
        @Nullable String portfolioHolder,
        LocalDate responseDueOn,
        AdviceStatus status,
        @Nullable Long supplementsAdviceId,
        @Nullable String introduction,
        @Nullable String conclusion,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt,

        @Nullable Instant deletedAt,
        @Nullable LocalDate letterDatedOn,
        @Nullable Instant letterFinalAt) {

    /** The date of the body's letter ("uw brief van"); the day it was received where that is unknown. */
    public LocalDate letterDate() {
        return letterDatedOn == null ? receivedOn : letterDatedOn;
    }

    /** Why a final letter's advice refuses every change to its responses and letter. */
    public static final String LETTER_IS_FINAL =
            "De brief is definitief: zijn reacties en teksten veranderen niet meer.";

    /**
     * Once the letter is final (a manager approved it) nothing it answers changes: its responses, their
     * covered points and its texts. The advice is answered later, when the letter is sent.
     */
    public void requireLetterNotFinal() {
        if (letterIsFinal()) {
            throw ProblemException.conflict(LETTER_IS_FINAL);
        }
    }

    public boolean letterIsFinal() {
        return letterFinalAt != null || status == AdviceStatus.ANSWERED;
    }

    /** The reply letter's text was fixed: only a received advice whose letter is not final yet. */
    public Advice letterMadeFinal(Instant when) {
        if (status != AdviceStatus.RECEIVED) {
            throw ProblemException.conflict(
                    "Alleen de brief bij een ontvangen advies kan definitief worden; dit advies is " + status.dutch()
                            + ".");
        }
        requireLetterNotFinal();
        return new Advice(
                id,
                bodyId,
                projectGroupId,
                subject,
                kind,
                receivedOn,
                theirReference,
                ourReference,
                theme,
                department,
                portfolioHolder,
                responseDueOn,
                status,
                supplementsAdviceId,
                introduction,
                conclusion,
                version,
                createdAt,
                updatedAt,
                deletedAt,
                letterDatedOn,
                when);
    }

    /** The letter was sent: the advice is answered. Only once its letter is final. */
    public Advice answered() {
        if (status != AdviceStatus.RECEIVED) {
            throw ProblemException.conflict(
                    "Alleen een ontvangen advies kan worden beantwoord; dit advies is " + status.dutch() + ".");
        }
        if (letterFinalAt == null) {
            throw ProblemException.conflict("Een advies is pas beantwoord als de brief definitief is en verzonden.");
        }
        return withStatus(AdviceStatus.ANSWERED);
    }

    public boolean isOverdue(LocalDate today) {
        return status != AdviceStatus.ANSWERED && responseDueOn.isBefore(today);
    }

    public Advice withStatus(AdviceStatus newStatus) {
        return new Advice(
                id,
                bodyId,
                projectGroupId,
                subject,
                kind,
                receivedOn,
                theirReference,
                ourReference,
                theme,
                department,
                portfolioHolder,
                responseDueOn,
                newStatus,
                supplementsAdviceId,
                introduction,
                conclusion,
                version,
                createdAt,
                updatedAt,
                deletedAt,
                letterDatedOn,
                letterFinalAt);
    }

    public Advice withDeletedAt(Instant when) {
        return new Advice(
                id,
                bodyId,
                projectGroupId,
                subject,
                kind,
                receivedOn,
                theirReference,
                ourReference,
                theme,
                department,
                portfolioHolder,
                responseDueOn,
                status,
                supplementsAdviceId,
                introduction,
                conclusion,
                version,
                createdAt,
                updatedAt,
                when,
                letterDatedOn,
                letterFinalAt);
    }
}
