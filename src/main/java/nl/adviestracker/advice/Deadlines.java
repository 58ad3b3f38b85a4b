package nl.adviestracker.advice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.ResponseTerm;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/**
 * The college's term to answer an advice: extending it, with a reason that is kept. The date in
 * force is {@link Advice#responseDueOn()}; every extension before it is in the history.
 */
@Singleton
public class Deadlines {

    private final AdviceRegister advices;
    private final AdviceRepository repository;
    private final DueDateExtensionRepository extensions;
    private final AuditLog audit;

    Deadlines(
            AdviceRegister advices,
            AdviceRepository repository,
            DueDateExtensionRepository extensions,
            AuditLog audit) {
        this.advices = advices;
        this.repository = repository;
        this.extensions = extensions;
        this.audit = audit;
    }

    /** The extensions of an advice's term, oldest first, for a user who may read the advice (404 otherwise). */
    @Transactional(readOnly = true)
    public List<DueDateExtension> history(SignedInUser user, long adviceId) {
        AdviceAccess.requireReadable(user, advices.get(adviceId));
        return history(adviceId);
    }

    /** {@link #history(SignedInUser, long)} for a use case that has read the advice and checked access itself. */
    public List<DueDateExtension> history(long adviceId) {
        return extensions.findByAdviceIdOrderById(adviceId);
    }

    /** Extends the term, by staff who may read the advice (a draft is not found: its term does not run yet). */
    @Transactional
    public DueDateExtension extend(SignedInUser user, long adviceId, ExtensionInput input) {
        Advice current = advices.get(adviceId);
        AdviceAccess.requireReadable(user, current);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen beleidsmedewerkers verlengen de reactietermijn.");
        }
        Versions.requireCurrent(input.version(), current.version(), "Dit advies", current);
        if (current.status() == AdviceStatus.DRAFT) {
            throw ProblemException.conflict("Dit advies is nog een concept: de reactietermijn loopt nog niet.");
        }
        if (current.status() == AdviceStatus.ANSWERED) {
            throw ProblemException.conflict(
                    "Dit advies is al beantwoord: de reactietermijn kan niet meer worden verlengd.");
        }
        LocalDate newDue = newDueDate(current.responseDueOn(), input);
        repository.updateResponseDueOn(adviceId, current.version(), newDue);
        Advice changed = advices.get(adviceId);
        DueDateExtension saved = extensions.save(new DueDateExtension(
                null, adviceId, current.responseDueOn(), newDue, input.reason().strip(), audit.actor(), null));
        audit.updated("advice", adviceId, adviceId, current, changed);
        audit.created("advice_due_date_extension", saved.id(), adviceId, saved);
        return saved;
    }

    private static LocalDate newDueDate(LocalDate currentDue, ExtensionInput input) {
        boolean byDate = input.dueOn() != null;
        boolean byLength = input.length() != null || input.unit() != null;
        if (byDate == byLength) {
            throw ProblemException.invalid(
                    List.of(
                            new FieldProblem(
                                    "dueOn",
                                    "geef een nieuwe datum (dueOn) of een verlenging (length en unit), niet allebei of geen van beide")));
        }
        LocalDate due;
        if (byDate) {
            due = input.dueOn();
        } else {
            if (input.length() == null) {
                throw ProblemException.invalid("length", "is verplicht bij een verlenging in " + input.unit());
            }
            if (input.unit() == null) {
                throw ProblemException.invalid("unit", "is verplicht bij een verlenging met length");
            }
            due = new ResponseTerm(input.length(), input.unit()).dueDate(currentDue);
        }
        if (!due.isAfter(currentDue)) {
            throw ProblemException.invalid(
                    byDate ? "dueOn" : "length",
                    "de nieuwe datum moet na de huidige uiterste datum " + currentDue + " liggen");
        }
        return due;
    }
}
