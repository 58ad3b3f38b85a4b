package nl.adviestracker.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a dry run or an import: what is (or would be) created per advice, and every refused row.
 *
 * @param dryRun true when nothing was stored
 * @param created per advice that was (or would be) created; {@code adviceId} is null in a dry run
 */
@Serdeable
public record ImportResult(
        boolean dryRun, List<Created> created, List<ImportPlan.Refusal> refusals, List<String> refusedAdvices) {

    /** One advice with the counts of what comes with it. */
    @Serdeable
    public record Created(
            String reference,
            @Nullable Long adviceId,
            List<Integer> rows,
            String body,
            String subject,
            LocalDate receivedOn,
            @Nullable LocalDate sentOn,
            int points,
            int responses,
            int followUps) {

        static Created of(ImportPlan.Advice advice, @Nullable Long adviceId) {
            return new Created(
                    advice.reference(),
                    adviceId,
                    advice.rows(),
                    advice.bodyName(),
                    advice.subject(),
                    advice.receivedOn(),
                    advice.sentOn(),
                    advice.points().size(),
                    (int) advice.responses(),
                    (int) advice.followUps());
        }
    }

    public int points() {
        return created.stream().mapToInt(Created::points).sum();
    }

    public int responses() {
        return created.stream().mapToInt(Created::responses).sum();
    }

    public int followUps() {
        return created.stream().mapToInt(Created::followUps).sum();
    }
}
