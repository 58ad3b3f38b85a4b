package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * An advice request as lists and screens show it.
 *
 * @param daysLeft days from today to {@code neededBy}; negative when it is past
 * @param documentPath where the draft document downloads, if there is one
 */
@Serdeable
public record RequestView(
        long id,
        long bodyId,
        String bodyName,
        String subject,
        String question,
        LocalDate requestedOn,
        LocalDate neededBy,
        @Nullable String decision,
        @Nullable LocalDate decisionOn,
        @Nullable String department,
        AdviceRequestStatus status,
        boolean open,
        @Nullable Long adviceId,
        boolean overdue,
        long daysLeft,
        @Nullable String documentName,
        @Nullable String documentType,
        @Nullable Integer documentSize,
        @Nullable String documentPath,
        String createdBy,
        @Nullable Integer version) {}
