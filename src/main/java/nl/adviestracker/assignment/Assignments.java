package nl.adviestracker.assignment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserRepository;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/**
 * Choosing the lead official of an advice and assigning its points to officials, from the advice's screen
 * and the API alike: access is checked here, in the transaction of the write; each (re)assignment is kept
 * in the history and published for notifications.
 */
@Singleton
public class Assignments {

    /** What the history keeps of an assignment. */
    @io.micronaut.serde.annotation.Serdeable
    record AssignmentChange(List<Long> pointIds, String assignee, LocalDate internalDueOn) {}

    /** What the history keeps of a lead. */
    @io.micronaut.serde.annotation.Serdeable
    record LeadChange(@Nullable String lead) {}

    private final AdviceRegister advices;
    private final AssignmentRepository assignments;
    private final UserRepository users;
    private final AuditLog audit;
    private final ApplicationEventPublisher<PointAssigned> pointAssigned;
    private final ApplicationEventPublisher<LeadAssigned> leadAssigned;

    Assignments(
            AdviceRegister advices,
            AssignmentRepository assignments,
            UserRepository users,
            AuditLog audit,
            ApplicationEventPublisher<PointAssigned> pointAssigned,
            ApplicationEventPublisher<LeadAssigned> leadAssigned) {
        this.advices = advices;
        this.assignments = assignments;
        this.users = users;
        this.audit = audit;
        this.pointAssigned = pointAssigned;
        this.leadAssigned = leadAssigned;
    }

    /** Who does what on this advice, for staff who may read it. */
    @Transactional(readOnly = true)
    public AdviceAssignments of(SignedInUser user, long adviceId) {
        requireStaffOf(user, adviceId);
        return of(adviceId);
    }

    /** {@link #of(SignedInUser, long)} for a screen that has checked access itself. */
    @Transactional(readOnly = true)
    public AdviceAssignments of(long adviceId) {
        return new AdviceAssignments(adviceId, assignments.lead(adviceId), assignments.ofAdvice(adviceId));
    }

    /** The officials one may choose as lead or assignee: active staff and managers, by name. */
    @Transactional(readOnly = true)
    public List<AdviceAssignments.Person> officials() {
        return users.listOrderByUsername().stream()
                .filter(u -> u.active() && (u.role() == Role.STAFF || u.role() == Role.MANAGER))
                .map(u -> new AdviceAssignments.Person(u.id(), u.name()))
                .sorted(java.util.Comparator.comparing(AdviceAssignments.Person::name))
                .toList();
    }

    @Transactional
    public AdviceAssignments chooseLead(SignedInUser user, long adviceId, @Nullable Long leadUserId) {
        requireAnswerable(requireStaffOf(user, adviceId));
        User lead = leadUserId == null ? null : users.findById(leadUserId).orElse(null);
        Assignment.requireOfficial(lead, "leadUserId");
        AdviceAssignments.Person before = assignments.lead(adviceId);
        assignments.saveLead(adviceId, lead.id());
        audit.record(
                before == null ? "CREATED" : "UPDATED",
                "advice_lead",
                adviceId,
                adviceId,
                before == null ? null : new LeadChange(before.name()),
                new LeadChange(lead.name()));
        leadAssigned.publishEvent(new LeadAssigned(adviceId, lead.id(), user.userId()));
        return of(adviceId);
    }

    /** Assigns points of the advice (again) to an official, with the internal due date. */
    @Transactional
    public AdviceAssignments assign(
            SignedInUser user,
            long adviceId,
            @Nullable List<Long> pointIds,
            @Nullable Long assigneeUserId,
            @Nullable LocalDate internalDueOn) {
        Advice advice = requireStaffOf(user, adviceId);
        requireAnswerable(advice);
        List<Long> points = pointsOf(advice, pointIds);
        User assignee =
                assigneeUserId == null ? null : users.findById(assigneeUserId).orElse(null);
        Assignment assignment = Assignment.of(points, assignee, internalDueOn, advice.responseDueOn());
        assignments.save(adviceId, assignment, user.userId());
        audit.record(
                "ASSIGNED",
                "point_assignment",
                points.get(0),
                adviceId,
                null,
                new AssignmentChange(points, assignee.name(), assignment.internalDueOn()));
        pointAssigned.publishEvent(
                new PointAssigned(adviceId, points, assignee.id(), assignment.internalDueOn(), user.userId()));
        return of(adviceId);
    }

    /** The chosen points must be this advice's, each once; returned in the advice's order. */
    private List<Long> pointsOf(Advice advice, @Nullable List<Long> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ProblemException.invalid("pointIds", "kies ten minste één punt");
        }
        List<Point> ordered = advices.pointsOf(advice);
        Set<Long> known = new HashSet<>();
        ordered.forEach(p -> known.add(p.id()));
        Set<Long> unique = new HashSet<>();
        for (Long id : requested) {
            if (id == null || !known.contains(id)) {
                throw ProblemException.invalid("pointIds", "punt " + id + " hoort niet bij dit advies");
            }
            if (!unique.add(id)) {
                throw ProblemException.invalid("pointIds", "een punt staat er twee keer in");
            }
        }
        return ordered.stream().map(Point::id).filter(unique::contains).toList();
    }

    private Advice requireStaffOf(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen medewerkers van de gemeente verdelen het werk aan een advies.");
        }
        return advice;
    }

    /** Work is divided on a received advice whose letter is not final yet. */
    private static void requireAnswerable(Advice advice) {
        if (advice.status() == AdviceStatus.DRAFT) {
            throw ProblemException.conflict("Dit advies is nog een concept van de adviesraad.");
        }
        advice.requireLetterNotFinal();
    }
}
