package nl.adviestracker.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.response.Stance;

/**
 * What a file would create, per advice, and every row it refuses. An advice with a refused row is not in
 * {@code advices}: it is imported whole or not at all.
 */
@Serdeable
public record ImportPlan(List<Advice> advices, List<Refusal> refusals, List<String> refusedAdvices) {

    public boolean clean() {
        return refusals.isEmpty();
    }

    /** A row refused: its number as the spreadsheet shows it, the column's Dutch header, and why in Dutch. */
    @Serdeable
    public record Refusal(
            int row, String column, String reason, @Nullable String advice) {}

    /** One advice as it would be created. */
    @Serdeable
    public record Advice(
            String reference,
            List<Integer> rows,
            long bodyId,
            String bodyName,
            String subject,
            AdviceKind kind,
            @Nullable String theme,
            LocalDate letterDatedOn,
            LocalDate receivedOn,
            @Nullable LocalDate responseDueOn,
            @Nullable LocalDate sentOn,
            @Nullable String ourReference,
            @Nullable String theirReference,
            @Nullable String department,
            List<Point> points) {

        public long responses() {
            return points.stream().filter(p -> p.response() != null).count();
        }

        public long followUps() {
            return points.stream().filter(p -> p.followUp() != null).count();
        }
    }

    @Serdeable
    public record Point(
            int row,
            String label,
            String text,
            PointKind kind,
            @Nullable Response response,
            @Nullable FollowUp followUp) {}

    @Serdeable
    public record Response(
            Stance stance, String text, @Nullable String reason) {}

    @Serdeable
    public record FollowUp(
            String description,
            String owner,
            @Nullable LocalDate dueOn,
            FollowUpStatus status,
            @Nullable String evidence,
            @Nullable String reason) {}
}
