package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A reviewer approved a response, published inside the step's transaction (listen with
 * {@code @TransactionalEventListener} to act after it commits).
 *
 * @param writerUserId who last wrote it; null for the service's own responses
 */
public record ResponseApproved(
        long adviceId,
        long responseId,
        List<Long> pointIds,
        @Nullable Long writerUserId,
        long byUserId) {}
