package nl.adviestracker.response;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Whether every point of an advice has exactly one response and every response that departs
 * from the advice gives its reasons. Only a complete answer can go out as the final letter.
 */
@Serdeable
public record Completeness(
        long adviceId,
        int pointCount,
        boolean complete,
        List<UnansweredPoint> unansweredPoints,
        List<RuleViolation> ruleViolations) {

    public Completeness(
            long adviceId, int pointCount, List<UnansweredPoint> unansweredPoints, List<RuleViolation> ruleViolations) {
        this(
                adviceId,
                pointCount,
                unansweredPoints.isEmpty() && ruleViolations.isEmpty(),
                unansweredPoints,
                ruleViolations);
    }

    @Serdeable
    public record UnansweredPoint(long pointId, String label) {}

    /** A response that breaks a rule, with the labels of the points it covers and why, in Dutch. */
    @Serdeable
    public record RuleViolation(long responseId, List<String> pointLabels, String problem) {}
}
