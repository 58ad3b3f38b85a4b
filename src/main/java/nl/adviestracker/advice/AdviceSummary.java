package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An advice as it appears in lists: enough to see where it stands without opening it. */
@Serdeable
public record AdviceSummary(
        long id,
        long bodyId,
        String bodyName,
        @Nullable String projectGroup,
        String subject,
        AdviceKind kind,
        AdviceStatus status,
        LocalDate receivedOn,
        LocalDate responseDueOn,
        boolean overdue,
        @Nullable String theme,
        @Nullable String department,
        int pointCount,
        int unansweredCount,
        int responseCount,
        int openFollowUpCount) {}
