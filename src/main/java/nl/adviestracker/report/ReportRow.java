package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import nl.adviestracker.response.Stance;

/**
 * The figures of one group (or of all advices).
 *
 * @param advices submitted advices (drafts and withdrawn ones left out)
 * @param answered advices whose reply letter was sent
 * @param answeredOnTime answered on or before the due date in force (extensions included)
 * @param onTimeShare {@code answeredOnTime / answered}; null when nothing was answered
 * @param openAnswers advices still waiting for their answer
 * @param overdueAnswers of those, the ones past their due date
 * @param medianDaysToAnswer calendar days from receipt to the answer, median (PostgreSQL percentile_cont)
 * @param p90DaysToAnswer the same, 90th percentile
 * @param points all points of these advices
 * @param answeredPoints points covered by a response
 * @param stances per stance, the points answered with it and their share of the answered points
 * @param openFollowUps follow-ups open or in progress
 * @param overdueFollowUps of those, past their due date
 * @param undatedFollowUps of those, without a due date ("geen datum")
 */
@Serdeable
public record ReportRow(
        String group,
        long advices,
        long answered,
        long answeredOnTime,
        @Nullable Double onTimeShare,
        long openAnswers,
        long overdueAnswers,
        @Nullable Double medianDaysToAnswer,
        @Nullable Double p90DaysToAnswer,
        long points,
        long answeredPoints,
        List<StanceShare> stances,
        long openFollowUps,
        long overdueFollowUps,
        long undatedFollowUps) {

    /** Points answered with one stance, and their share of all answered points (0 to 1). */
    @Serdeable
    public record StanceShare(
            Stance stance,
            String dutch,
            long points,
            @Nullable Double share) {}
}
