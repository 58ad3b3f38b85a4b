package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.adviestracker.account.PeopleNames;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Deadlines;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.audit.AuditEvent;
import nl.adviestracker.followup.DueDateHistory;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.intake.AdviceDocuments;
import nl.adviestracker.note.NotesBox;
import nl.adviestracker.promise.DueDateMoves;
import nl.adviestracker.publication.Publication;
import nl.adviestracker.publication.Publications;
import nl.adviestracker.repeat.RepeatHints;
import nl.adviestracker.response.Correction;
import nl.adviestracker.response.Corrections;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Stance;
import nl.adviestracker.verdict.VerdictSummaries;
import nl.adviestracker.verdict.VerdictSummary;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;

/**
 * Assembles the advice page: the points on one side, the college's responses on the other, with the
 * forms this user may fill in. The forms come in as {@link Form}s so a page shown again after an error
 * keeps what was typed.
 */
@Singleton
class AdviceScreen {

    private final Dossiers dossiers;
    private final Publications publications;
    private final RouteBox.Source routes;
    private final VerdictSummaries verdictSummaries;
    private final RepeatHints repeatHints;
    private final PeopleNames names;
    private final AdviceDocuments documents;
    private final Deadlines deadlines;
    private final Corrections corrections;
    private final FieldWords otherWords;
    private final WorkBoxes workBoxes;

    private final NotesBox notesBox;

    AdviceScreen(
            Dossiers dossiers,
            Publications publications,
            RouteBox.Source routes,
            VerdictSummaries verdictSummaries,
            RepeatHints repeatHints,
            PeopleNames names,
            AdviceDocuments documents,
            Deadlines deadlines,
            Corrections corrections,
            NotesBox notesBox,
            List<FieldWords> otherWords,
            WorkBoxes workBoxes) {
        this.notesBox = notesBox;
        this.dossiers = dossiers;
        this.publications = publications;
        this.routes = routes;
        this.verdictSummaries = verdictSummaries;
        this.repeatHints = repeatHints;
        this.names = names;
        this.documents = documents;
        this.deadlines = deadlines;
        this.corrections = corrections;
        this.otherWords = FieldWords.of(otherWords);
        this.workBoxes = workBoxes;
    }

    /** The forms on the page, each empty unless it is shown again after an error. */
    record Forms(
            Form newResponse,
            Set<Long> selectedPoints,
            @Nullable Long followUpResponseId,
            Form followUp,
            Form newPoint,
            Form publication,
            @Nullable Long reviewResponseId,
            @Nullable String reviewProblem) {

        static Forms empty() {
            return new Forms(
                    Form.named("reactie-"),
                    Set.of(),
                    null,
                    Form.named("toezegging-"),
                    emptyPoint(),
                    Form.named("publicatie-"),
                    null,
                    null);
        }

        /** The page again after a review step of this response was refused, with the reason beside it. */
        Forms withReviewProblem(long responseId, String problem) {
            return new Forms(
                    newResponse,
                    selectedPoints,
                    followUpResponseId,
                    followUp,
                    newPoint,
                    publication,
                    responseId,
                    problem);
        }

        static Form emptyPoint() {
            return Form.named("nieuw-punt-")
                    .set("label", "")
                    .set("text", "")
                    .set("kind", PointKind.RECOMMENDATION.name())
                    .set("documentReference", "");
        }

        Forms withNewResponse(Form form, Set<Long> selected) {
            return new Forms(form, selected, followUpResponseId, followUp, newPoint, publication, null, null);
        }

        Forms withFollowUp(long responseId, Form form) {
            return new Forms(newResponse, selectedPoints, responseId, form, newPoint, publication, null, null);
        }

        Forms withNewPoint(Form form) {
            return new Forms(newResponse, selectedPoints, followUpResponseId, followUp, form, publication, null, null);
        }

        Forms withPublication(Form form) {
            return new Forms(newResponse, selectedPoints, followUpResponseId, followUp, newPoint, form, null, null);
        }
    }

    public record AdviceView(
            Frame frame,
            Header advice,
            boolean staff,
            boolean member,
            boolean draft,
            boolean answered,
            boolean responsesVisible,
            @Nullable String notice,
            List<PointRow> points,
            List<ResponseCard> responses,
            int pointCount,
            int unansweredCount,
            boolean complete,
            List<String> ruleViolations,
            @Nullable NewResponse newResponse,
            @Nullable NewPoint newPoint,
            @Nullable PublicationBox publication,
            List<HistoryRow> history,
            @Nullable RouteBox route,
            @Nullable VerdictSummary verdicts,
            @Nullable RepeatHints.Box repeats,
            @Nullable DueDateMoves dueDateMoves,
            AdviceExtras extras,
            WorkBoxes.@Nullable WorkBox work) {

        public boolean noneUnanswered() {
            return unansweredCount == 0;
        }
    }

    public record Header(
            long id,
            String subject,
            String bodyName,
            @Nullable String projectGroup,
            String kind,
            AdviceStatus status,
            LocalDate receivedOn,
            LocalDate letterDate,
            LocalDate responseDueOn,
            boolean overdue,
            @Nullable String theirReference,
            @Nullable String theme,
            @Nullable String department,
            @Nullable String introduction,
            @Nullable String conclusion,
            int version) {}

    /**
     * One point. {@code answer} is the response covering it, for members once the advice is answered.
     *
     * @param answeredBy the anchor and reference of the response that covers it, for staff
     */
    public record PointRow(
            long id,
            String label,
            String kind,
            String text,
            @Nullable String documentReference,
            boolean unanswered,
            @Nullable ResponseLink answeredBy,
            boolean selected,
            boolean first,
            boolean last,
            @Nullable ResponseCard answer,
            @Nullable String answeredAtPoint,
            @Nullable String assignment,
            boolean assignmentLate) {}

    public record ResponseLink(long id, String reference) {}

    public record ResponseCard(
            long id,
            String reference,
            String stance,
            Stance stanceCode,
            @Nullable String paraphrase,
            String text,
            @Nullable String reason,
            boolean lacksReason,
            List<FollowUpRow> followUps,
            @Nullable NewFollowUp newFollowUp,
            CorrectionsBox corrections,
            WorkBoxes.@Nullable ReviewBox review) {}

    /**
     * What changed in a response after its letter was final, shown beside it (partial {@code corrections}).
     *
     * @param mayCorrect staff may record another correction or supplement (the letter is final)
     */
    public record CorrectionsBox(long adviceId, long responseId, List<CorrectionRow> rows, boolean mayCorrect) {}

    /** One correction or supplement as the advice page shows it. */
    public record CorrectionRow(
            String kind,
            @Nullable String stance,
            String text,
            @Nullable String reason,
            String why,
            java.time.LocalDate correctedOn,
            String by,
            boolean sent) {}

    public record FollowUpRow(
            long id,
            String description,
            String owner,
            @Nullable LocalDate dueOn,
            String status,
            boolean overdue) {}

    public record NewFollowUp(Form form, Form.Field description, Form.Field owner, Form.Field dueOn, boolean open) {}

    public record NewResponse(
            Form form,
            Form.Field pointIds,
            Form.Field stance,
            Form.Field paraphrase,
            Form.Field text,
            Form.Field reason) {}

    public record NewPoint(
            Form form, Form.Field label, Form.Field text, Form.Field kind, Form.Field documentReference) {}

    public record PublicationBox(
            boolean canPublish,
            boolean published,
            @Nullable LocalDate publishedOn,
            @Nullable String publishedBy,
            Form form,
            Form.Field dateField) {}

    /** One change in the history: when, a Dutch sentence naming who did what, and each field's before and after. */
    public record HistoryRow(Instant when, String what, List<String> changes) {}

    AdviceView view(long adviceId, SignedInUser user, Forms forms, @Nullable String notice) {
        AdviceDossier dossier = dossiers.of(adviceId, user);
        Advice advice = dossier.advice();
        boolean staff = user.isStaff();
        boolean member = user.isAsdgMemberOf(advice.bodyId());
        boolean draft = advice.status() == AdviceStatus.DRAFT;
        boolean answered = advice.status() == AdviceStatus.ANSWERED;
        List<Point> points = dossier.points();
        List<String> labels = points.stream().map(Point::label).toList();
        Map<Long, String> labelOf = points.stream()
                .collect(Collectors.toMap(Point::id, Point::label, (a, b) -> a, java.util.LinkedHashMap::new));
        Map<Long, List<FollowUpView>> promisesOf =
                dossier.followUps().stream().collect(Collectors.groupingBy(FollowUpView::responseId));

        Map<Long, List<CorrectionRow>> correctionsOf =
                !answered || dossier.responses().isEmpty()
                        ? Map.of()
                        : corrections.list(advice.id()).stream()
                                .collect(Collectors.groupingBy(
                                        Correction::responseId,
                                        Collectors.mapping(
                                                c -> new CorrectionRow(
                                                        c.kind().dutch(),
                                                        c.stance() == null
                                                                ? null
                                                                : c.stance().dutch(),
                                                        c.text(),
                                                        c.reason(),
                                                        c.why(),
                                                        c.correctedOn(),
                                                        c.createdBy(),
                                                        c.sent()),
                                                Collectors.toList())));
        boolean letterOpen = !draft && !advice.letterIsFinal();
        WorkBoxes.WorkBox work = staff && !draft ? workBoxes.of(advice, letterOpen, dossier.responses()) : null;
        List<ResponseCard> cards = new ArrayList<>();
        Map<Long, ResponseCard> cardOfPoint = new HashMap<>();
        for (ResponseView response : dossier.responses()) {
            String reference = PointReferences.of(
                    labels, response.pointIds().stream().map(labelOf::get).toList());
            NewFollowUp newFollowUp = null;
            if (staff) {
                boolean thisOne = forms.followUpResponseId() != null && forms.followUpResponseId() == response.id();
                Form form = thisOne
                        ? forms.followUp()
                        : Form.named("toezegging-" + response.id() + "-")
                                .set("description", "")
                                .set("owner", advice.department() == null ? "" : advice.department())
                                .set("dueOn", "");
                newFollowUp = new NewFollowUp(
                        form, form.field("description"), form.field("owner"), form.field("dueOn"), thisOne);
            }
            List<FollowUpRow> rows = promisesOf.getOrDefault(response.id(), List.of()).stream()
                    .map(f -> new FollowUpRow(
                            f.id(),
                            f.description(),
                            f.owner(),
                            f.dueOn(),
                            f.status().dutch(),
                            f.overdue()))
                    .toList();
            ResponseCard card = new ResponseCard(
                    response.id(),
                    reference,
                    response.stance().dutch(),
                    response.stance(),
                    response.paraphrase(),
                    response.text(),
                    response.reason(),
                    response.lacksRequiredReason(),
                    rows,
                    newFollowUp,
                    new CorrectionsBox(
                            advice.id(),
                            response.id(),
                            correctionsOf.getOrDefault(response.id(), List.of()),
                            staff && answered),
                    work == null
                            ? null
                            : workBoxes.review(
                                    work,
                                    response,
                                    user,
                                    letterOpen,
                                    forms.reviewResponseId() != null && forms.reviewResponseId() == response.id()
                                            ? forms.reviewProblem()
                                            : null));
            cards.add(card);
            response.pointIds().forEach(pointId -> cardOfPoint.put(pointId, card));
        }
        cards.sort((a, b) -> Integer.compare(firstPosition(a, dossier), firstPosition(b, dossier)));

        List<PointRow> rows = new ArrayList<>();
        Map<Long, String> shownAt = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            ResponseCard card = cardOfPoint.get(point.id());
            boolean showAnswer = member && answered && card != null;
            String earlier = showAnswer ? shownAt.get(card.id()) : null;
            if (showAnswer && earlier == null) {
                shownAt.put(card.id(), point.label());
            }
            rows.add(new PointRow(
                    point.id(),
                    point.label(),
                    point.kind().dutch(),
                    point.text(),
                    point.documentReference(),
                    staff && card == null,
                    card == null ? null : new ResponseLink(card.id(), card.reference()),
                    forms.selectedPoints().contains(point.id()),
                    i == 0,
                    i == points.size() - 1,
                    showAnswer && earlier == null ? card : null,
                    earlier,
                    work == null ? null : work.assignmentOf(point.id()),
                    work != null && work.lateAt(point.id())));
        }

        NewResponse newResponse = null;
        int unansweredCount = dossier.completeness().unansweredPoints().size();
        if (staff && !draft && (unansweredCount > 0 || forms.newResponse().hasErrors())) {
            Form form = forms.newResponse();
            newResponse = new NewResponse(
                    form,
                    form.field("pointIds"),
                    form.field("stance", Form.options(Stance.values(), Stance::dutch)),
                    form.field("paraphrase"),
                    form.field("text"),
                    form.field("reason"));
        }
        NewPoint newPoint = null;
        if (member && draft) {
            Form form = forms.newPoint();
            if (!form.hasErrors() && form.value("label").isBlank()) {
                form.set("label", NextPointLabel.after(labels));
            }
            newPoint = new NewPoint(
                    form,
                    form.field("label"),
                    form.field("text"),
                    form.field("kind", Form.options(PointKind.values(), PointKind::dutch)),
                    form.field("documentReference"));
        }
        PublicationBox publicationBox = null;
        if (staff && !draft) {
            Publication current = publications.inForce(adviceId).orElse(null);
            Form form = forms.publication();
            publicationBox = new PublicationBox(
                    answered,
                    current != null,
                    current == null ? null : current.publishedOn(),
                    current == null ? null : current.publishedBy(),
                    form,
                    form.field("publishedOn"));
        }
        List<HistoryRow> history = staff || member ? history(adviceId, labelOf, user) : List.of();
        Header header = new Header(
                advice.id(),
                advice.subject(),
                dossier.body().name(),
                dossier.projectGroup(),
                advice.kind().dutch(),
                advice.status(),
                advice.receivedOn(),
                advice.letterDate(),
                advice.responseDueOn(),
                dossier.overdue(),
                advice.theirReference(),
                advice.theme(),
                advice.department(),
                advice.introduction(),
                advice.conclusion(),
                advice.version() == null ? 0 : advice.version());
        List<String> violations = dossier.completeness().ruleViolations().stream()
                .map(v -> PointReferences.of(labels, v.pointLabels()) + ": " + v.problem())
                .toList();
        return new AdviceView(
                Frame.of(advice.subject(), user, "/advices/" + adviceId, null),
                header,
                staff,
                member,
                draft,
                answered,
                staff || (member && answered),
                notice,
                rows,
                staff ? cards : List.of(),
                points.size(),
                unansweredCount,
                dossier.completeness().complete(),
                violations,
                newResponse,
                newPoint,
                publicationBox,
                history,
                staff && !draft ? routes.of(adviceId, user) : null,
                verdictSummaries.of(user, advice, points, dossier.responses()),
                repeatHints.of(user, advice, points),
                DueDateMoves.of(advice, dossier.dueDateExtensions(), names.lookupOrSomeone()),
                extras(user, advice, dossier, staff, member, draft, answered, cards),
                work);
    }

    private AdviceExtras extras(
            SignedInUser user,
            Advice advice,
            AdviceDossier dossier,
            boolean staff,
            boolean member,
            boolean draft,
            boolean answered,
            List<ResponseCard> cards) {
        long id = advice.id();
        boolean membersSeeAnswer = member && answered;
        List<AdviceExtras.Promise> promises = new ArrayList<>();
        if (membersSeeAnswer) {
            Map<Long, String> referenceOf = new HashMap<>();
            for (ResponseCard card : cards) {
                referenceOf.put(card.id(), card.reference());
            }
            LocalDate today = LocalDate.now(nl.adviestracker.shared.DutchDates.ZONE);
            for (FollowUpView f : dossier.followUps()) {
                promises.add(new AdviceExtras.Promise(
                        referenceOf.getOrDefault(f.responseId(), "een reactie"),
                        f.description(),
                        f.dueOn(),
                        f.status().dutch(),
                        f.overdue(),
                        f.bodyInformed() == null ? null : f.bodyInformed().informedOn(),
                        dueDateHistory(f)));
            }
        }
        return new AdviceExtras(
                draft ? null : "/advices/" + id + "/termijn",
                !draft && !deadlines.history(id).isEmpty(),
                staff && !draft ? "/advices/" + id + "/behandeling" : null,
                advice.portfolioHolder(),
                (staff || member) && documents.hasDocument(id) ? "/advices/" + id + "/document" : null,
                (staff && !draft) || (membersSeeAnswer && documents.hasAny(id))
                        ? "/advices/" + id + "/documents"
                        : null,
                membersSeeAnswer ? "/api/advices/" + id + "/letter.pdf" : null,
                membersSeeAnswer ? "/api/advices/" + id + "/letter.docx" : null,
                membersSeeAnswer,
                promises,
                staff && !draft ? notesBox.of(user, id, noteSubjects(dossier, cards)) : null);
    }

    /** What an internal note can be about: each point, each response. */
    private static List<NotesBox.Subject> noteSubjects(AdviceDossier dossier, List<ResponseCard> cards) {
        List<NotesBox.Subject> subjects = new ArrayList<>();
        for (Point point : dossier.points()) {
            subjects.add(new NotesBox.Subject("point-" + point.id(), "punt " + point.label()));
        }
        for (ResponseCard card : cards) {
            subjects.add(new NotesBox.Subject("response-" + card.id(), "de reactie op " + card.reference()));
        }
        return subjects;
    }

    private @Nullable String dueDateHistory(FollowUpView followUp) {
        DueDateHistory history = DueDateHistory.of(followUp.dueDateMoves(), names.lookupOrSomeone());
        return history == null ? null : history.sentence();
    }

    private static int firstPosition(ResponseCard card, AdviceDossier dossier) {
        for (Point point : dossier.points()) {
            for (ResponseView response : dossier.responses()) {
                if (response.id() == card.id() && response.pointIds().contains(point.id())) {
                    return point.position();
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Who changed what, newest first, as this user may see it (the same rule as the API's history). */
    private List<HistoryRow> history(long adviceId, Map<Long, String> labelOf, SignedInUser user) {
        List<AuditEvent> events = dossiers.history(adviceId, user);
        HistorySentences sentences = new HistorySentences(names.lookup(), labelOf, otherWords);
        List<HistoryRow> rows = new ArrayList<>();
        for (AuditEvent event : events) {
            HistorySentences.Entry entry = sentences.describe(event);
            rows.add(new HistoryRow(event.occurredAt(), entry.sentence(), entry.changes()));
        }
        java.util.Collections.reverse(rows);
        return rows;
    }
}
