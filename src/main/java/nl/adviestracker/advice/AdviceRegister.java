package nl.adviestracker.advice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.body.ProjectGroupRepository;
import nl.adviestracker.body.ResponseTerm;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.shared.Versions;

/**
 * Entering, changing and submitting advices and their points. Once submitted, the text of an
 * advice is the body's own record: nobody changes its subject, introduction, conclusion or points.
 */
@Singleton
public class AdviceRegister {

    private final AdviceRepository advices;
    private final PointRepository points;
    private final AdvisoryBodyRepository bodies;
    private final ProjectGroupRepository groups;
    private final AuditLog audit;
    private final Clock clock;

    AdviceRegister(
            AdviceRepository advices,
            PointRepository points,
            AdvisoryBodyRepository bodies,
            ProjectGroupRepository groups,
            AuditLog audit,
            Clock clock) {
        this.advices = advices;
        this.points = points;
        this.bodies = bodies;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** The advice, if this user may see it at all (404 otherwise: another body's, or a draft for staff). */
    @Transactional(readOnly = true)
    public Advice get(SignedInUser user, long id) {
        Advice advice = get(id);
        AdviceAccess.requireReadable(user, advice);
        return advice;
    }

    /** The advice, if this user may change its metadata or text now ({@link AdviceAccess#requireEditable}). */
    @Transactional(readOnly = true)
    public Advice editable(SignedInUser user, long id) {
        Advice advice = get(id);
        AdviceAccess.requireEditable(user, advice);
        return advice;
    }

    /** The advice, for a use case that checks access itself (or acts for no user). */
    public Advice get(long id) {
        return advices.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> ProblemException.notFound("Advies " + id));
    }

    /** A new advice, entered by a member of its own body. */
    @Transactional
    public Advice create(SignedInUser user, AdviceInput input) {
        AdviceAccess.requireAuthor(user, input.bodyId());
        return create(input);
    }

    /** {@link #create(SignedInUser, AdviceInput)} for the service itself (demo data, intake's checked path). */
    @Transactional
    public Advice create(AdviceInput input) {
        AdvisoryBody body = checkReferences(input, null);
        body.requireOpen("bodyId");
        List<PointInput> newPoints = input.points() == null ? List.of() : input.points();
        checkUniqueLabels(newPoints);
        AdviceStatus status = input.status() == null ? AdviceStatus.RECEIVED : input.status();
        if (status == AdviceStatus.ANSWERED) {
            throw ProblemException.invalid("status", "een nieuw advies is een concept (DRAFT) of ontvangen (RECEIVED)");
        }
        Advice advice = advices.save(new Advice(
                null,
                input.bodyId(),
                input.projectGroupId(),
                input.subject().strip(),
                input.kind(),
                input.receivedOn(),
                blankToNull(input.theirReference()),
                blankToNull(input.ourReference()),
                blankToNull(input.theme()),
                blankToNull(input.department()),
                blankToNull(input.portfolioHolder()),
                dueDate(input, body),
                status,
                input.supplementsAdviceId(),
                blankToNull(input.introduction()),
                blankToNull(input.conclusion()),
                null,
                null,
                null,
                null,
                input.letterDatedOn() == null ? input.receivedOn() : input.letterDatedOn(),
                null));
        audit.created("advice", advice.id(), advice.id(), advice);
        int position = 1;
        for (PointInput point : newPoints) {
            Point saved = points.save(new Point(
                    null,
                    advice.id(),
                    position++,
                    point.label().strip(),
                    point.text().strip(),
                    point.kind(),
                    blankToNull(point.documentReference()),
                    null));
            audit.created("point", saved.id(), advice.id(), saved);
        }
        return advice;
    }

    /** Changes the details: the body's members while it is a draft, staff the college's metadata after. */
    @Transactional
    public Advice update(long id, AdviceInput input, SignedInUser user) {
        Advice current = get(id);
        AdviceAccess.requireEditable(user, current);
        Versions.requireCurrent(input.version(), current.version(), "Dit advies", current);
        if (!current.bodyId().equals(input.bodyId())) {
            throw ProblemException.invalid(
                    "bodyId", "een advies blijft bij het adviesorgaan dat het schreef (" + current.bodyId() + ")");
        }
        AdvisoryBody body = checkReferences(input, id);
        if (current.status().textIsFrozen() && changesBodysText(current, input)) {
            throw new ProblemException(
                    ProblemStatus.CONFLICT,
                    "Advies is ingediend",
                    "Het advies is ingediend: onderwerp, datum, kenmerk, inleiding en slot zijn de eigen tekst van de adviesraad en kunnen niet meer worden gewijzigd.",
                    List.of());
        }
        advices.update(
                id,
                current.version(),
                input.projectGroupId(),
                input.subject().strip(),
                input.kind(),
                input.receivedOn(),
                blankToNull(input.theirReference()),
                blankToNull(input.ourReference()),
                blankToNull(input.theme()),
                blankToNull(input.department()),
                blankToNull(input.portfolioHolder()),
                dueDateOnUpdate(current, input, body),
                input.supplementsAdviceId(),
                blankToNull(input.introduction()),
                blankToNull(input.conclusion()),
                letterDateOnUpdate(current, input));
        Advice changed = get(id);
        audit.updated("advice", id, id, current, changed);
        return changed;
    }

    /**
     * The body hands its advice to the college: from now on its text is its record and the term runs.
     * The dates stay as entered: the day of submission is in the audit log, not in place of the date of
     * receipt (which the term counts from) or of the letter.
     */
    @Transactional
    public Advice submit(long id, SignedInUser user) {
        Advice current = get(id);
        AdviceAccess.requireAuthor(user, current);
        return move(current, current.submit(points.ofAdvice(id).size()));
    }

    /** The reply letter's text was fixed (a manager approved it): its responses and texts are frozen. */
    @Transactional
    public Advice markLetterFinal(long id) {
        Advice current = get(id);
        Advice made = current.letterMadeFinal(clock.instant());
        advices.updateLetterFinalAt(id, current.version(), made.letterFinalAt());
        Advice finalLetter = get(id);
        audit.updated("advice", id, id, current, finalLetter);
        return finalLetter;
    }

    /** The reply letter was sent: the advice is answered. */
    @Transactional
    public Advice markAnswered(long id) {
        Advice current = get(id);
        return move(current, current.answered());
    }

    /**
     * An advice imported with its answer from the archive: its letter was final and sent on {@code sentOn},
     * long before the tool; the same two moves as a letter written here ({@link Advice#letterMadeFinal},
     * {@link Advice#answered}), the day of sending standing for the moment its text was fixed.
     */
    @Transactional
    public Advice markAnsweredFromArchive(long id, LocalDate sentOn) {
        Advice current = get(id);
        Advice made =
                current.letterMadeFinal(sentOn.atStartOfDay(DutchDates.ZONE).toInstant());
        advices.updateLetterFinalAt(id, current.version(), made.letterFinalAt());
        Advice finalLetter = get(id);
        audit.updated("advice", id, id, current, finalLetter);
        return move(finalLetter, finalLetter.answered());
    }

    private Advice move(Advice current, Advice moved) {
        long id = current.id();
        if (advices.move(id, current.status().name(), moved.status().name()) != 1) {
            throw ProblemException.staleVersion("Dit advies", get(id));
        }
        Advice saved = get(id);
        audit.updated("advice", id, id, current, saved);
        return saved;
    }

    /** Withdraws a draft. Submitted advices are the body's record and stay. */
    @Transactional
    public void delete(long id, SignedInUser user) {
        Advice current = get(id);
        AdviceAccess.requireAuthor(user, current);
        current.requireDraft();
        advices.updateDeletedAt(id, current.version(), clock.instant());
        audit.deleted("advice", id, id, current);
    }

    /** The points of an advice the caller has already read, without reading the advice again. */
    public List<Point> pointsOf(Advice advice) {
        return points.ofAdvice(advice.id());
    }

    /** The points of an advice, for a user who may see it. */
    @Transactional(readOnly = true)
    public List<Point> points(SignedInUser user, long adviceId) {
        return pointsOf(get(user, adviceId));
    }

    public List<Point> points(long adviceId) {
        get(adviceId);
        return points.ofAdvice(adviceId);
    }

    /** One point of an advice, for a user who may see it. */
    @Transactional(readOnly = true)
    public Point point(SignedInUser user, long adviceId, long pointId) {
        get(user, adviceId);
        return pointOf(adviceId, pointId);
    }

    public Point point(long adviceId, long pointId) {
        get(adviceId);
        return pointOf(adviceId, pointId);
    }

    private Point pointOf(long adviceId, long pointId) {
        return points.findByIdAndAdviceId(pointId, adviceId)
                .orElseThrow(() -> ProblemException.notFound("Punt " + pointId + " van advies " + adviceId));
    }

    @Transactional
    public Point addPoint(long adviceId, PointInput input, SignedInUser user) {
        Advice advice = requireDraft(adviceId, user);
        List<Point> existing = points.ofAdvice(advice.id());
        checkLabelFree(existing, input.label(), null);
        int position = clampPosition(input.position(), existing.size() + 1);
        for (Point later : existing) {
            if (later.position() >= position) {
                points.updatePosition(later.id(), later.position() + 1);
            }
        }
        Point saved = points.save(new Point(
                null,
                adviceId,
                position,
                input.label().strip(),
                input.text().strip(),
                input.kind(),
                blankToNull(input.documentReference()),
                null));
        audit.created("point", saved.id(), adviceId, saved);
        return saved;
    }

    @Transactional
    public Point updatePoint(long adviceId, long pointId, PointInput input, SignedInUser user) {
        requireDraft(adviceId, user);
        Point current = point(adviceId, pointId);
        Versions.requireCurrent(input.version(), current.version(), "Dit punt", current);
        List<Point> all = points.ofAdvice(adviceId);
        checkLabelFree(all, input.label(), pointId);
        points.update(
                pointId,
                current.version(),
                input.label().strip(),
                input.text().strip(),
                input.kind(),
                blankToNull(input.documentReference()));
        Point changed = point(adviceId, pointId);
        if (input.position() != null && input.position() != current.position()) {
            List<Long> order = new ArrayList<>(all.stream().map(Point::id).toList());
            order.remove(Long.valueOf(pointId));
            order.add(clampPosition(input.position(), all.size()) - 1, pointId);
            reorder(adviceId, order, user);
            changed = point(adviceId, pointId);
        }
        audit.updated("point", pointId, adviceId, current, changed);
        return changed;
    }

    @Transactional
    public void deletePoint(long adviceId, long pointId, SignedInUser user) {
        requireDraft(adviceId, user);
        Point current = point(adviceId, pointId);
        points.delete(current);
        for (Point later : points.ofAdvice(adviceId)) {
            if (later.position() > current.position()) {
                points.updatePosition(later.id(), later.position() - 1);
            }
        }
        audit.deleted("point", pointId, adviceId, current);
    }

    /** Puts the points of a draft in the given order; the list must name every point once. */
    @Transactional
    public List<Point> reorder(long adviceId, List<Long> pointIds, SignedInUser user) {
        requireDraft(adviceId, user);
        List<Point> all = points.ofAdvice(adviceId);
        Set<Long> expected = new HashSet<>(all.stream().map(Point::id).toList());
        if (pointIds.size() != all.size() || !expected.equals(new HashSet<>(pointIds))) {
            throw ProblemException.invalid("pointIds", "moet elk punt van dit advies precies één keer noemen");
        }
        for (Point point : all) {
            int position = pointIds.indexOf(point.id()) + 1;
            if (position != point.position()) {
                points.updatePosition(point.id(), position);
            }
        }
        return points.ofAdvice(adviceId);
    }

    /** The draft whose points the user changes: a member of its body, while it is a draft. */
    /** The advice, if it is a draft of this member's own body (404 when not visible, 403/409 otherwise). */
    @Transactional(readOnly = true)
    public Advice draft(SignedInUser user, long adviceId) {
        return requireDraft(adviceId, user);
    }

    private Advice requireDraft(long adviceId, SignedInUser user) {
        Advice advice = get(adviceId);
        AdviceAccess.requireAuthor(user, advice);
        advice.requireDraft();
        return advice;
    }

    private AdvisoryBody checkReferences(AdviceInput input, Long adviceId) {
        AdvisoryBody body = bodies.findById(input.bodyId())
                .orElseThrow(
                        () -> ProblemException.invalid("bodyId", "adviesorgaan " + input.bodyId() + " bestaat niet"));
        if (input.projectGroupId() != null) {
            groups.findById(input.projectGroupId())
                    .filter(group -> group.bodyId().equals(body.id()))
                    .orElseThrow(() ->
                            ProblemException.invalid("projectGroupId", "projectgroep hoort niet bij dit adviesorgaan"));
        }
        if (input.supplementsAdviceId() != null) {
            if (input.supplementsAdviceId().equals(adviceId)) {
                throw ProblemException.invalid(
                        "supplementsAdviceId", "een advies kan geen aanvulling op zichzelf zijn");
            }
            advices.findByIdAndDeletedAtIsNull(input.supplementsAdviceId())
                    .orElseThrow(() -> ProblemException.invalid(
                            "supplementsAdviceId", "advies " + input.supplementsAdviceId() + " bestaat niet"));
        }
        return body;
    }

    private static boolean changesBodysText(Advice current, AdviceInput input) {
        return !current.subject().equals(input.subject().strip())
                || !current.bodyId().equals(input.bodyId())
                || current.kind() != input.kind()
                || !current.receivedOn().equals(input.receivedOn())
                || !current.letterDate().equals(letterDateOnUpdate(current, input))
                || !Objects.equals(current.theirReference(), blankToNull(input.theirReference()))
                || !Objects.equals(current.introduction(), blankToNull(input.introduction()))
                || !Objects.equals(current.conclusion(), blankToNull(input.conclusion()));
    }

    private static LocalDate letterDateOnUpdate(Advice current, AdviceInput input) {
        if (input.letterDatedOn() != null) {
            return input.letterDatedOn();
        }
        // one date entered for both, as before there were two: the letter date follows it
        return current.letterDate().equals(current.receivedOn()) ? input.receivedOn() : current.letterDate();
    }

    /** Without a date in the input the date in force stays, extensions included, unless receipt or body changed. */
    private LocalDate dueDateOnUpdate(Advice current, AdviceInput input, AdvisoryBody body) {
        if (input.responseDueOn() == null
                && current.receivedOn().equals(input.receivedOn())
                && current.bodyId().equals(input.bodyId())) {
            return current.responseDueOn();
        }
        return dueDate(input, body);
    }

    private LocalDate dueDate(AdviceInput input, AdvisoryBody body) {
        return input.responseDueOn() != null
                ? input.responseDueOn()
                : ResponseTerm.of(body).dueDate(input.receivedOn());
    }

    private static void checkUniqueLabels(List<PointInput> newPoints) {
        Set<String> seen = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < newPoints.size(); i++) {
            String label = newPoints.get(i).label().strip();
            if (!seen.add(label.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem(
                        "points[" + i + "].label", "punt " + label + " komt al eerder voor in dit advies"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static void checkLabelFree(List<Point> existing, String label, Long exceptPointId) {
        String wanted = label.strip();
        boolean taken =
                existing.stream().anyMatch(p -> p.label().equalsIgnoreCase(wanted) && !p.id().equals(exceptPointId));
        if (taken) {
            throw ProblemException.invalid("label", "punt " + wanted + " bestaat al in dit advies");
        }
    }

    private static int clampPosition(Integer requested, int last) {
        if (requested == null) {
            return last;
        }
        return Math.max(1, Math.min(requested, last));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
