package nl.adviestracker.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.response.Response;
import nl.adviestracker.response.ResponseRepository;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** Recording commitments made in responses and keeping track of them until they are done. */
@Singleton
public class FollowUps {

    private final FollowUpRepository followUps;
    private final FollowUpNoteRepository notes;
    private final FollowUpTransitionRepository transitions;
    private final FollowUpDueDateMoveRepository dueDateMoves;
    private final LifecycleRecords records;
    private final ResponseRepository responses;
    private final AdviceRegister advices;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(
            FollowUpRepository followUps,
            FollowUpNoteRepository notes,
            FollowUpTransitionRepository transitions,
            FollowUpDueDateMoveRepository dueDateMoves,
            LifecycleRecords records,
            ResponseRepository responses,
            AdviceRegister advices,
            AuditLog audit,
            Clock clock) {
        this.followUps = followUps;
        this.notes = notes;
        this.transitions = transitions;
        this.dueDateMoves = dueDateMoves;
        this.records = records;
        this.responses = responses;
        this.advices = advices;
        this.audit = audit;
        this.clock = clock;
    }

    /** A change of status is a move with its reason or evidence, not an edit of the details. */
    static final String STATUS_MOVES_ELSEWHERE =
            "verandert niet met een wijziging: gebruik POST /api/followups/{id}/transitions "
                    + "(met een reden om te laten vervallen of te heropenen, en bewijs om af te ronden)";

    /** One follow-up with its notes, moves, evidence and milestones, for staff who may read its advice. */
    @Transactional(readOnly = true)
    public FollowUpView get(SignedInUser user, long id) {
        return views(List.of(findFor(user, id))).get(0);
    }

    /** {@link #get(SignedInUser, long)} for a use case that has checked access itself (or acts for no user). */
    @Transactional(readOnly = true)
    public FollowUpView get(long id) {
        return views(List.of(find(id))).get(0);
    }

    /** Records a commitment made in a response, by staff who may read the response's advice. */
    @Transactional
    public FollowUpView create(SignedInUser user, FollowUpInput input) {
        Response response = findResponse(input.responseId());
        requireStaffOf(user, response.adviceId());
        return create(response, input);
    }

    /** {@link #create(SignedInUser, FollowUpInput)} for the service itself (demo data), which acts for no user. */
    @Transactional
    public FollowUpView create(FollowUpInput input) {
        return create(findResponse(input.responseId()), input);
    }

    private Response findResponse(long responseId) {
        return responses
                .findById(responseId)
                .orElseThrow(() -> ProblemException.invalid("responseId", "reactie " + responseId + " bestaat niet"));
    }

    private FollowUpView create(Response response, FollowUpInput input) {
        FollowUpStatus status = input.status() == null ? FollowUpStatus.OPEN : input.status();
        if (!status.isOpen()) {
            throw ProblemException.invalid("status", "een nieuwe toezegging is open of in uitvoering");
        }
        FollowUp saved = followUps.save(new FollowUp(
                null,
                response.id(),
                response.adviceId(),
                input.description().strip(),
                input.owner().strip(),
                input.dueOn(),
                status,
                null,
                null,
                null));
        audit.created("followup", saved.id(), saved.adviceId(), saved);
        return get(saved.id());
    }

    /**
     * Changes what was promised, by whom and when. Moving a due date that was set needs {@code dueOnReason}
     * ({@link FollowUp#withDueOn}); the move is kept with who and when, and the body sees it.
     */
    @Transactional
    public FollowUpView update(SignedInUser user, long id, FollowUpInput input) {
        FollowUp current = findFor(user, id);
        Versions.requireCurrent(input.version(), current.version(), "Deze toezegging", get(id));
        if (!current.responseId().equals(input.responseId())) {
            throw ProblemException.invalid("responseId", "een toezegging blijft bij de reactie waarin zij is gedaan");
        }
        if (input.status() != null && input.status() != current.status()) {
            throw ProblemException.invalid("status", STATUS_MOVES_ELSEWHERE + allowedHint(current.status()));
        }
        FollowUp dated = current.withDueOn(input.dueOn(), input.dueOnReason());
        if (current.movesDueOnTo(input.dueOn())) {
            FollowUpDueDateMove move = dueDateMoves.save(new FollowUpDueDateMove(
                    null,
                    id,
                    current.dueOn(),
                    dated.dueOn(),
                    input.dueOnReason().strip(),
                    audit.actor(),
                    null));
            audit.created("followup_due_date_move", move.id(), current.adviceId(), move);
        }
        followUps.updateDetails(
                id,
                current.version(),
                input.description().strip(),
                input.owner().strip(),
                dated.dueOn());
        FollowUp changed = find(id);
        audit.updated("followup", id, current.adviceId(), current, changed);
        return views(List.of(changed)).get(0);
    }

    @Transactional
    public FollowUpView addNote(SignedInUser user, long id, NoteInput input) {
        FollowUp followUp = findFor(user, id);
        LocalDate notedOn = input.notedOn() == null ? LocalDate.now(clock) : input.notedOn();
        FollowUpNote note =
                notes.save(new FollowUpNote(null, id, notedOn, input.text().strip(), audit.actor(), null));
        audit.created("followup_note", note.id(), followUp.adviceId(), note);
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<FollowUpView> ofAdvice(long adviceId) {
        return views(followUps.ofAdvice(adviceId));
    }

    /** Records a change of status: who (the current user), when (now) and why. */
    FollowUpTransition recordTransition(FollowUp from, FollowUpStatus to, String reason) {
        FollowUpTransition saved = transitions.save(
                new FollowUpTransition(null, from.id(), from.status(), to, reason, audit.actor(), null));
        audit.created("followup_transition", saved.id(), from.adviceId(), saved);
        return saved;
    }

    /** Views of these follow-ups in a fixed number of statements. */
    private List<FollowUpView> views(List<FollowUp> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(FollowUp::id).toList();
        var allNotes = records.notesOf(ids);
        var allTransitions = records.transitionsOf(ids);
        var evidence = records.evidenceOf(ids);
        var informed = records.informedOf(ids);
        var moves = records.dueDateMovesOf(ids);
        LocalDate today = LocalDate.now(clock);
        return found.stream()
                .map(f -> FollowUpView.of(
                        f,
                        allNotes.getOrDefault(f.id(), List.of()),
                        allTransitions.getOrDefault(f.id(), List.of()),
                        evidence.getOrDefault(f.id(), List.of()),
                        informed.get(f.id()),
                        moves.getOrDefault(f.id(), List.of()),
                        today))
                .toList();
    }

    FollowUp find(long id) {
        return followUps.findById(id).orElseThrow(() -> ProblemException.notFound("Toezegging " + id));
    }

    /**
     * The follow-up, if this user may work on it: staff who may read its advice. Checked in the caller's
     * transaction, before its write.
     */
    FollowUp findFor(SignedInUser user, long id) {
        FollowUp followUp = find(id);
        requireStaffOf(user, followUp.adviceId());
        return followUp;
    }

    private void requireStaffOf(SignedInUser user, long adviceId) {
        Advice advice = advices.get(adviceId);
        AdviceAccess.requireReadable(user, advice);
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen beleidsmedewerkers werken aan toezeggingen.");
        }
    }

    static String allowedHint(FollowUpStatus from) {
        if (from.allowedNext().isEmpty()) {
            return ": '" + from.dutch() + "' is definitief";
        }
        return "; wel naar: "
                + String.join(
                        ", ",
                        from.allowedNext().stream()
                                .sorted()
                                .map(FollowUpStatus::dutch)
                                .toList());
    }
}
