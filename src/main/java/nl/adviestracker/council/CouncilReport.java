package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.response.Stance;
import nl.adviestracker.verdict.VerdictShares;

/**
 * What the report to the council says about one advisory body in one period, counted as of {@code
 * countedOn} (the period's last day, or today while it runs).
 *
 * @param received advices received in the period (drafts and deleted ones never count)
 * @param answered advices whose reply letter was sent in the period (the day on the letter's route),
 *     whenever they came in
 * @param answeredOnTime of those, sent on or before the due date in force
 * @param answeredLate of those, sent after it
 * @param open advices received in the period still without a sent letter on {@code countedOn}
 * @param openOverdue of those, past their due date on {@code countedOn}
 * @param stances points of the advices answered in the period, per stance of the response that covers them
 * @param verdicts the body's current verdicts on the responses of those advices
 * @param commitments follow-ups promised in letters sent up to the period's end, still open now
 * @param repeats points of advices received in the period that staff confirmed as made before
 */
@Serdeable
public record CouncilReport(
        long bodyId,
        String body,
        String period,
        LocalDate from,
        LocalDate to,
        LocalDate countedOn,
        @Nullable String introduction,
        int received,
        int answered,
        int answeredOnTime,
        int answeredLate,
        int open,
        int openOverdue,
        List<AnsweredAdvice> answeredAdvices,
        List<StanceCount> stances,
        VerdictShares.Row verdicts,
        List<Commitment> commitments,
        int openCommitments,
        int overdueCommitments,
        List<MovedAnswer> movedAnswers,
        List<Repeat> repeats) {

    /** One advice answered in the period; {@code movesOfDueDate} counts how often its due date was moved. */
    @Serdeable
    public record AnsweredAdvice(
            long adviceId,
            String subject,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate answeredOn,
            boolean onTime,
            int movesOfDueDate) {}

    @Serdeable
    public record StanceCount(Stance stance, String dutch, int points) {}

    /**
     * An open follow-up; {@code moves} is the history of its due date (earliest first, from
     * {@code followup_due_date_move}), with each reason but without who moved it.
     */
    @Serdeable
    public record Commitment(
            long followUpId,
            long adviceId,
            String adviceSubject,
            String description,
            @Nullable LocalDate dueOn,
            boolean overdue,
            List<DateMove> moves) {}

    @Serdeable
    public record DateMove(LocalDate from, @Nullable LocalDate to, LocalDate movedOn, String reason) {}

    /** An answer whose due date was moved, with the first date and each reason. */
    @Serdeable
    public record MovedAnswer(
            long adviceId, String subject, LocalDate firstDueOn, LocalDate dueOn, List<String> reasons) {}

    /** A point that makes again a point of an earlier advice, as staff confirmed. */
    @Serdeable
    public record Repeat(
            long adviceId,
            String adviceSubject,
            String pointLabel,
            long earlierAdviceId,
            String earlierAdviceSubject,
            LocalDate earlierReceivedOn,
            String earlierPointLabel) {}
}
