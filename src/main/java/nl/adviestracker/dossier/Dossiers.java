package nl.adviestracker.dossier;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditEvent;
import nl.adviestracker.audit.AuditTrail;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.response.CompletenessCheck;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.shared.ProblemException;

/** Assembles an advice's dossier in one SQL statement, however many points it has. */
@Singleton
public class Dossiers {

    private final AdviceRegister advices;
    private final DossierQuery query;
    private final AuditTrail auditTrail;
    private final Clock clock;

    Dossiers(AdviceRegister advices, DossierQuery query, AuditTrail auditTrail, Clock clock) {
        this.advices = advices;
        this.query = query;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * The dossier as this user may see it: members see the college's answers only once the letter is sent.
     * One statement ({@link DossierQuery}), so no transaction: a single statement reads one snapshot, and
     * BEGIN and COMMIT would be two more round trips.
     */
    @Connectable
    public AdviceDossier of(long adviceId, SignedInUser user) {
        DossierQuery.Read read =
                query.read(adviceId).orElseThrow(() -> ProblemException.notFound("Advies " + adviceId));
        Advice advice = read.advice();
        AdviceAccess.requireReadable(user, advice);
        boolean answersVisible = AdviceAccess.mayReadResponses(user, advice);
        LocalDate today = LocalDate.now(clock);
        List<Point> points = read.points();
        List<ResponseView> answers = answersVisible ? read.responseViews() : List.of();
        List<FollowUpView> promises = answersVisible ? read.followUpViews(today) : List.of();
        return new AdviceDossier(
                advice,
                read.body(),
                read.projectGroup(),
                advice.isOverdue(today),
                read.dueDateExtensions(),
                read.answersRequestId(),
                points,
                answers,
                promises,
                CompletenessCheck.of(adviceId, points, answers));
    }

    /**
     * Who changed what in the advice, oldest first, as this user may see it: an entry is shown only
     * to whom the record it describes is shown ({@link AdviceAccess#mayReadHistoryOf}).
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long adviceId, SignedInUser user) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        return auditTrail.ofAdvice(adviceId).stream()
                .filter(event -> AdviceAccess.mayReadHistoryOf(user, advice, event.entity()))
                .toList();
    }
}
