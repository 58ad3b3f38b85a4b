package nl.adviestracker.assignment;

/**
 * An official was made the lead of an advice's answer, published inside the step's transaction (listen with
 * {@code @TransactionalEventListener} to act after it commits).
 */
public record LeadAssigned(long adviceId, long leadUserId, long byUserId) {}
