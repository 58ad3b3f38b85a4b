package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/**
 * Promises kept in public: the milestones on the way to keeping a follow-up, and which of its evidence
 * the public page of a published advice shows.
 */
@Singleton
public class Milestones {

    private final MilestoneRepository milestones;
    private final FollowUps followUps;
    private final LifecycleRecords records;
    private final AuditLog audit;
    private final Clock clock;

    Milestones(
            MilestoneRepository milestones,
            FollowUps followUps,
            LifecycleRecords records,
            AuditLog audit,
            Clock clock) {
        this.milestones = milestones;
        this.followUps = followUps;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans a milestone; a follow-up that is done or dropped gets none. */
    @Transactional
    public Milestone add(SignedInUser user, long followUpId, MilestoneInput input) {
        FollowUp followUp = followUps.findFor(user, followUpId);
        if (!followUp.status().isOpen()) {
            throw ProblemException.conflict(
                    "Deze toezegging is " + followUp.status().dutch() + ": er komen geen mijlpalen meer bij.");
        }
        Milestone saved = milestones.save(new Milestone(
                null, followUpId, input.description().strip(), input.plannedOn(), null, audit.actor(), null, null));
        audit.created("followup_milestone", saved.id(), followUp.adviceId(), saved);
        return saved;
    }

    /** Records that the milestone was reached, on that day or (none given) today. */
    @Transactional
    public Milestone reach(SignedInUser user, long followUpId, long milestoneId, @Nullable LocalDate on) {
        FollowUp followUp = followUps.findFor(user, followUpId);
        Milestone current = milestones
                .findById(milestoneId)
                .filter(m -> m.followupId() == followUpId)
                .orElseThrow(() -> ProblemException.notFound("Mijlpaal " + milestoneId));
        LocalDate today = LocalDate.now(clock);
        Milestone reached = milestones.update(current.reach(on == null ? today : on, today));
        audit.updated("followup_milestone", milestoneId, followUp.adviceId(), current, reached);
        return reached;
    }

    /** Shows the evidence on the public page of the advice once it is published, or stops showing it. */
    @Transactional
    public void showEvidenceInPublic(SignedInUser user, long followUpId, long evidenceId, boolean shown) {
        FollowUp followUp = followUps.findFor(user, followUpId);
        boolean before = records.showInPublic(followUpId, evidenceId, shown)
                .orElseThrow(() -> ProblemException.notFound("Bewijs " + evidenceId));
        audit.updated(
                "followup_evidence",
                evidenceId,
                followUp.adviceId(),
                Map.of("shownInPublic", before),
                Map.of("shownInPublic", shown));
    }

    @Transactional(readOnly = true)
    public List<Milestone> of(SignedInUser user, long followUpId) {
        followUps.findFor(user, followUpId);
        return milestones.ofFollowUps(List.of(followUpId));
    }

    Map<Long, List<Milestone>> of(Collection<Long> followUpIds) {
        if (followUpIds.isEmpty()) {
            return Map.of();
        }
        return milestones.ofFollowUps(followUpIds).stream().collect(Collectors.groupingBy(Milestone::followupId));
    }
}
