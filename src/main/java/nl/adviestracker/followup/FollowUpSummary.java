package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A follow-up as lists and the dashboard show it, with the advice it came from.
 *
 * @param bodyInformed whether the body was told the outcome, the last step of a follow-up
 */
@Serdeable
public record FollowUpSummary(
        long id,
        long adviceId,
        String adviceSubject,
        String bodyName,
        @Nullable String theme,
        String description,
        String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        boolean overdue,
        long ageInDays,
        boolean bodyInformed) {}
