package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.response.ResponseView;

/** The verdict box of the advice page: what the body thought of each answer, for whoever may read it. */
@Singleton
public class VerdictSummaries {

    private final Verdicts verdicts;

    VerdictSummaries(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * The box for this user, or null when the user may not see verdicts of this advice yet (before the
     * letter is sent, for staff and members alike: before that there are none).
     */
    public @Nullable VerdictSummary of(
            SignedInUser user, Advice advice, List<Point> points, List<ResponseView> responses) {
        if (!Verdicts.mayRead(user, advice) || !Verdicts.sentToBody(advice)) {
            return null;
        }
        List<String> labels = points.stream().map(Point::label).toList();
        Map<Long, String> labelOf = points.stream().collect(Collectors.toMap(Point::id, Point::label));
        Map<Long, String> referenceOf = responses.stream()
                .collect(Collectors.toMap(
                        ResponseView::id,
                        r -> PointReferences.of(
                                labels, r.pointIds().stream().map(labelOf::get).toList())));
        List<VerdictSummary.Line> lines = verdicts.collect(advice).stream()
                .filter(r -> r.current() != null && referenceOf.containsKey(r.responseId()))
                .map(r -> new VerdictSummary.Line(
                        r.responseId(),
                        referenceOf.get(r.responseId()),
                        r.current().judgement(),
                        r.current().judgementText(),
                        r.current().explanation(),
                        r.current().conversationWanted()))
                .toList();
        return new VerdictSummary(advice.id(), lines, lines.size(), responses.size(), Verdicts.mayGive(user, advice));
    }
}
