package nl.adviestracker.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;

@Singleton
public class CompletenessCheck {

    private final AdviceRegister advices;
    private final Responses responses;

    CompletenessCheck(AdviceRegister advices, Responses responses) {
        this.advices = advices;
        this.responses = responses;
    }

    /** Which points still lack a response and which responses break a rule, for staff who may read the advice. */
    @Transactional(readOnly = true)
    public Completeness of(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        return of(adviceId, advices.pointsOf(advice), responses.listOf(advice));
    }

    public static Completeness of(long adviceId, List<Point> points, List<ResponseView> answers) {
        Map<Long, Point> byId = points.stream().collect(Collectors.toMap(Point::id, Function.identity()));
        var covered = answers.stream().flatMap(r -> r.pointIds().stream()).collect(Collectors.toSet());
        var unanswered = points.stream()
                .filter(point -> !covered.contains(point.id()))
                .map(point -> new Completeness.UnansweredPoint(point.id(), point.label()))
                .toList();
        var violations = answers.stream()
                .filter(ResponseView::lacksRequiredReason)
                .map(r -> new Completeness.RuleViolation(
                        r.id(),
                        r.pointIds().stream().map(id -> byId.get(id).label()).toList(),
                        "standpunt '" + r.stance().dutch()
                                + "' zonder reden: wie afwijkt van het advies, geeft de redenen"))
                .toList();
        return new Completeness(adviceId, points.size(), unanswered, violations);
    }
}
