package nl.adviestracker.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * Points were assigned (or reassigned) to an official, published inside the step's transaction (listen with
 * {@code @TransactionalEventListener} to act after it commits).
 */
public record PointAssigned(
        long adviceId, List<Long> pointIds, long assigneeUserId, LocalDate internalDueOn, long byUserId) {}
