package nl.adviestracker.dossier;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Deadlines;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditEvent;
import nl.adviestracker.audit.AuditTrail;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.body.ProjectGroup;
import nl.adviestracker.body.ProjectGroupRepository;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.request.AdviceRequest;
import nl.adviestracker.request.AdviceRequestRepository;
import nl.adviestracker.response.CompletenessCheck;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;

/** Assembles an advice's dossier in a fixed number of SQL statements, however many points it has. */
@Singleton
@Transactional(readOnly = true)
public class Dossiers {

    private final AdviceRegister advices;
    private final AdvisoryBodyRepository bodies;
    private final ProjectGroupRepository groups;
    private final Responses responses;
    private final FollowUps followUps;
    private final Deadlines deadlines;
    private final AdviceRequestRepository requests;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Dossiers(
            AdviceRegister advices,
            AdvisoryBodyRepository bodies,
            ProjectGroupRepository groups,
            Responses responses,
            FollowUps followUps,
            Deadlines deadlines,
            AdviceRequestRepository requests,
            AuditTrail auditTrail,
            Clock clock) {
        this.advices = advices;
        this.bodies = bodies;
        this.groups = groups;
        this.responses = responses;
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The dossier as this user may see it: members see the college's answers only once the letter is sent. */
    public AdviceDossier of(long adviceId, SignedInUser user) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        boolean answersVisible = AdviceAccess.mayReadResponses(user, advice);
        List<Point> points = advices.pointsOf(advice);
        List<ResponseView> answers = answersVisible ? responses.listOf(advice) : List.of();
        List<FollowUpView> promises = answersVisible ? followUps.ofAdvice(adviceId) : List.of();
        String group = advice.projectGroupId() == null
                ? null
                : groups.findById(advice.projectGroupId())
                        .map(ProjectGroup::name)
                        .orElse(null);
        return new AdviceDossier(
                advice,
                bodies.findById(advice.bodyId()).orElseThrow(),
                group,
                advice.isOverdue(LocalDate.now(clock)),
                deadlines.history(adviceId),
                requests.findByAdviceId(adviceId).map(AdviceRequest::id).orElse(null),
                points,
                answers,
                promises,
                CompletenessCheck.of(adviceId, points, answers));
    }

    /**
     * Who changed what in the advice, oldest first, as this user may see it: an entry is shown only
     * to whom the record it describes is shown ({@link AdviceAccess#mayReadHistoryOf}).
     */
    public List<AuditEvent> history(long adviceId, SignedInUser user) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        return auditTrail.ofAdvice(adviceId).stream()
                .filter(event -> AdviceAccess.mayReadHistoryOf(user, advice, event.entity()))
                .toList();
    }
}
