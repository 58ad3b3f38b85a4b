package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A response with the ids of the points it covers, in the advice's order, and where it stands in its review
 * ({@code writtenById}: who last wrote it, whom the review's four-eyes rule keeps from approving it).
 */
@Serdeable
public record ResponseView(
        long id,
        long adviceId,
        List<Long> pointIds,
        Stance stance,
        @Nullable String paraphrase,
        String text,
        @Nullable String reason,
        boolean lacksRequiredReason,
        @Nullable Integer version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        ReviewState reviewState,
        @Nullable Long writtenById,
        @Nullable String reviewComment) {

    public static ResponseView of(Response response, List<Long> pointIds) {
        return new ResponseView(
                response.id(),
                response.adviceId(),
                pointIds,
                response.stance(),
                response.paraphrase(),
                response.text(),
                response.reason(),
                response.lacksRequiredReason(),
                response.version(),
                response.createdAt(),
                response.updatedAt(),
                response.reviewState(),
                response.writtenById(),
                response.reviewComment());
    }
}
