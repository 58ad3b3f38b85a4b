package nl.adviestracker.repeat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.ProblemException;

/**
 * Repeated advice: for each point of an advice, the earlier points of the same body it looks like (a
 * hint for whoever reads the advice, member or staff) and the ones staff confirmed it repeats (a
 * thread). A member sees what the college answered to an earlier point only once that answer was sent.
 */
@Singleton
public class Repeats {

    private final AdviceRegister advices;
    private final RepeatFinder finder;
    private final RepeatDecisionRepository decisions;
    private final AuditLog audit;
    private final Clock clock;

    Repeats(
            AdviceRegister advices,
            RepeatFinder finder,
            RepeatDecisionRepository decisions,
            AuditLog audit,
            Clock clock) {
        this.advices = advices;
        this.finder = finder;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The repeats of every point of the advice that has a hint or a thread, in the advice's order. */
    @Transactional(readOnly = true)
    public List<PointRepeats> of(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        return collect(user, advice, advices.pointsOf(advice));
    }

    /** {@link #of} for a page that has read the advice and its points already. */
    @Transactional(readOnly = true)
    public List<PointRepeats> collect(SignedInUser user, Advice advice, List<Point> points) {
        List<RepeatFinder.Score> alike = finder.alike(advice.id());
        Map<Long, List<Long>> threads = finder.threads(advice.id());
        Map<String, Decision> decided = new HashMap<>();
        for (RepeatDecision d : decisions.findByAdviceId(advice.id())) {
            decided.put(d.pointId() + "/" + d.earlierPointId(), d.decision());
        }
        Set<Long> earlierIds = new LinkedHashSet<>();
        alike.forEach(s -> earlierIds.add(s.earlierPointId()));
        threads.values().forEach(earlierIds::addAll);
        Map<Long, RepeatFinder.Earlier> earlier = finder.earlier(List.copyOf(earlierIds));
        Map<Long, Boolean> answerVisible = new HashMap<>();
        Function<Long, Boolean> visible = adviceId ->
                answerVisible.computeIfAbsent(adviceId, id -> AdviceAccess.mayReadResponses(user, advices.get(id)));

        List<PointRepeats> result = new ArrayList<>();
        for (Point point : points) {
            List<EarlierPoint> hints = alike.stream()
                    .filter(s -> s.pointId() == point.id())
                    .filter(s -> !decided.containsKey(point.id() + "/" + s.earlierPointId()))
                    .filter(s -> earlier.containsKey(s.earlierPointId()))
                    .map(s -> view(earlier.get(s.earlierPointId()), s.score(), null, visible))
                    .toList();
            Map<Long, Double> scoreOf = alike.stream()
                    .filter(s -> s.pointId() == point.id())
                    .collect(Collectors.toMap(RepeatFinder.Score::earlierPointId, RepeatFinder.Score::score));
            List<EarlierPoint> thread = threads.getOrDefault(point.id(), List.of()).stream()
                    .filter(earlier::containsKey)
                    .map(id -> view(earlier.get(id), scoreOf.get(id), Decision.CONFIRMED, visible))
                    .sorted(Comparator.comparing(EarlierPoint::receivedOn).thenComparing(EarlierPoint::pointId))
                    .toList();
            if (!hints.isEmpty() || !thread.isEmpty()) {
                result.add(new PointRepeats(point.id(), point.label(), hints, thread, ThreadSummary.of(thread)));
            }
        }
        return result;
    }

    private static EarlierPoint view(
            RepeatFinder.Earlier e, Double score, Decision decision, Function<Long, Boolean> answerVisible) {
        boolean shown = e.stance() != null && answerVisible.apply(e.adviceId());
        return new EarlierPoint(
                e.pointId(),
                e.adviceId(),
                e.subject(),
                e.receivedOn(),
                e.label(),
                e.text(),
                score == null ? null : Math.round(score * 100) / 100.0,
                shown ? Stance.valueOf(e.stance()).dutch() : null,
                shown ? e.followUps() : 0,
                decision);
    }

    /**
     * Staff confirm or dismiss that a point of this advice repeats an earlier point of the same body. A
     * decision can be changed; the audit log keeps each.
     */
    @Transactional
    public Decision decide(SignedInUser user, long adviceId, DecisionInput input) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen het college bevestigt of verwerpt een herhaald advies.");
        }
        List<Point> points = advices.pointsOf(advice);
        if (points.stream().noneMatch(p -> p.id().equals(input.pointId()))) {
            throw ProblemException.invalid("pointId", "punt " + input.pointId() + " hoort niet bij dit advies");
        }
        Map<Long, RepeatFinder.Earlier> earlier = finder.earlier(List.of(input.earlierPointId()));
        RepeatFinder.Earlier candidate = earlier.get(input.earlierPointId());
        if (candidate == null || !isEarlierOfSameBody(advice, advices.get(candidate.adviceId()))) {
            throw ProblemException.invalid(
                    "earlierPointId", "is geen punt van een eerder advies van hetzelfde adviesorgaan");
        }
        Instant now = Instant.now(clock);
        RepeatDecision stored = decisions
                .findByPointIdAndEarlierPointId(input.pointId(), input.earlierPointId())
                .orElse(null);
        if (stored == null) {
            RepeatDecision saved = decisions.save(new RepeatDecision(
                    null,
                    adviceId,
                    input.pointId(),
                    input.earlierPointId(),
                    input.decision(),
                    user.username(),
                    now,
                    null));
            audit.created("point_repeat_decision", saved.id(), adviceId, input);
        } else if (stored.decision() != input.decision()) {
            RepeatDecision saved = decisions.update(stored.decided(input.decision(), user.username(), now));
            audit.updated(
                    "point_repeat_decision",
                    saved.id(),
                    adviceId,
                    new DecisionInput(stored.pointId(), stored.earlierPointId(), stored.decision()),
                    input);
        }
        return input.decision();
    }

    private static boolean isEarlierOfSameBody(Advice advice, Advice other) {
        boolean before = other.receivedOn().isBefore(advice.receivedOn())
                || (other.receivedOn().equals(advice.receivedOn()) && other.id() < advice.id());
        return other.bodyId().equals(advice.bodyId())
                && !other.id().equals(advice.id())
                && other.status() != nl.adviestracker.advice.AdviceStatus.DRAFT
                && before;
    }
}
