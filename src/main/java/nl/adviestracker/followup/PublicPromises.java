package nl.adviestracker.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The promises of one advice as the public sees them; the caller shows them only for a published advice. */
@Singleton
public class PublicPromises {

    private final FollowUps followUps;
    private final Milestones milestones;

    PublicPromises(FollowUps followUps, Milestones milestones) {
        this.followUps = followUps;
        this.milestones = milestones;
    }

    @Transactional(readOnly = true)
    public List<PublicPromise> ofAdvice(long adviceId) {
        List<FollowUpView> found = followUps.ofAdvice(adviceId);
        Map<Long, List<Milestone>> steps =
                milestones.of(found.stream().map(FollowUpView::id).toList());
        return found.stream()
                .map(f -> new PublicPromise(
                        f.responseId(),
                        f.description(),
                        f.status().dutch(),
                        f.dueOn(),
                        f.overdue(),
                        steps.getOrDefault(f.id(), List.of()).stream()
                                .map(m -> new PublicPromise.Step(m.description(), m.plannedOn(), m.reachedOn()))
                                .toList(),
                        f.evidence().stream()
                                .filter(Evidence::shownInPublic)
                                .map(e -> new PublicPromise.Shown(e.description(), e.url()))
                                .toList(),
                        DueDateHistory.of(f.dueDateMoves(), null)))
                .toList();
    }
}
