package nl.adviestracker.letter;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.Correction;
import nl.adviestracker.response.CorrectionKind;
import nl.adviestracker.response.Corrections;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;

/**
 * The supplementary letter (aanvullende brief): the corrections and supplements not yet sent, to the same
 * body, with the same letterhead as the reply letter, laid out by {@code letters/supplement.hbs}. Made final,
 * it is kept byte for byte as a letter version of its own, and its corrections count as sent.
 */
@Singleton
public class Supplements {

    static final String NOTHING_PENDING = "Er is geen correctie of aanvulling die nog verstuurd moet worden.";

    private final Letters letters;
    private final Corrections corrections;
    private final AdviceRegister advices;
    private final Responses responses;
    private final LetterRenderer renderer;
    private final WorkflowSettingsStore settings;

    Supplements(
            Letters letters,
            Corrections corrections,
            AdviceRegister advices,
            Responses responses,
            LetterRenderer renderer,
            WorkflowSettingsStore settings) {
        this.settings = settings;
        this.letters = letters;
        this.corrections = corrections;
        this.advices = advices;
        this.responses = responses;
        this.renderer = renderer;
    }

    /** The supplementary letter of the corrections waiting to be sent, as a draft. */
    @Transactional(readOnly = true)
    public LetterModel draft(long adviceId) {
        return model(adviceId, corrections.pending(adviceId), null, null, true);
    }

    /** {@link #draft(long)} for staff who may see the advice (404 otherwise). */
    @Transactional(readOnly = true)
    public LetterModel draft(SignedInUser user, long adviceId) {
        advices.get(user, adviceId);
        return draft(adviceId);
    }

    public String draftHtml(SignedInUser user, long adviceId) {
        return renderer.html(draft(user, adviceId));
    }

    public byte[] draftPdf(SignedInUser user, long adviceId) {
        return renderer.pdf(draft(user, adviceId));
    }

    public byte[] draftDocx(SignedInUser user, long adviceId) {
        return renderer.docx(draft(user, adviceId));
    }

    /**
     * Makes the supplementary letter final, by whoever may approve the organisation's letters (403 for anyone
     * else): kept byte for byte, its corrections sent with it.
     */
    @Transactional
    public LetterVersion finalizeSupplement(SignedInUser user, long adviceId, String ourReference, LocalDate date) {
        AdviceAccess.requireReadable(user, advices.get(adviceId));
        LetterRoute.requireApprover(user, settings.current());
        List<Correction> pending = corrections.pending(adviceId);
        LetterModel letter = model(adviceId, pending, ourReference, date, false);
        List<LetterModel.ResponseEntry> missing = ReasonsInLetter.missing(letter, renderer.html(letter));
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("De reden bij de correctie op "
                    + missing.get(0).pointReference() + " staat niet in de aanvullende brief.");
        }
        LetterVersion version = letters.storeSupplement(adviceId, letter, ourReference, date);
        corrections.markSent(pending, version.id());
        return version;
    }

    LetterModel model(long adviceId, List<Correction> pending, String ourReference, LocalDate date, boolean draft) {
        if (pending.isEmpty()) {
            throw ProblemException.conflict(NOTHING_PENDING);
        }
        LetterVersion reply = letters.finalReply(adviceId)
                .orElseThrow(() -> ProblemException.conflict(
                        "De brief is nog niet definitief: er is nog niets om aan te vullen."));
        LetterModel sent = letters.replyModel(adviceId, draft);
        List<Point> points = advices.points(adviceId);
        List<String> labels = points.stream().map(Point::label).toList();
        Map<Long, Point> byId = points.stream().collect(Collectors.toMap(Point::id, Function.identity()));
        Map<Long, ResponseView> answers =
                responses.list(adviceId).stream().collect(Collectors.toMap(ResponseView::id, Function.identity()));

        LetterModel.Builder letter = LetterModel.builder()
                .template(LetterTemplates.SUPPLEMENT)
                .sender(sent.sender())
                .advisoryBody(sent.advisoryBody())
                .attention(sent.attention())
                .addressLines(sent.addressLines().toArray(String[]::new))
                .department(sent.department())
                .subject("Aanvulling: " + sent.subject())
                .phone(sent.phone())
                .ourReference(ourReference)
                .date(date)
                .theirLetterDate(sent.theirLetterDate())
                .theirReference(sent.theirReference())
                .salutation(sent.salutation())
                .opening(opening(reply, sent.subject(), pending, coveredPoints(pending, answers)))
                .closing("Wij vertrouwen erop u hiermee goed te hebben geïnformeerd.")
                .greeting(sent.greeting())
                .signingBody(sent.signingBody())
                .draft(draft);
        sent.signatories().forEach(s -> letter.signatory(s.role(), s.name()));
        for (Correction correction : pending) {
            ResponseView response = answers.get(correction.responseId());
            List<String> covered =
                    response.pointIds().stream().map(id -> byId.get(id).label()).toList();
            letter.response(new LetterModel.ResponseEntry(
                    response.paraphrase(),
                    PointReferences.of(labels, covered),
                    lead(correction) + " " + sentence(correction.why()) + " "
                            + correction.text().strip(),
                    correction.kind() == CorrectionKind.CORRECTION
                                    && correction.stance() != null
                                    && correction.stance().requiresReason()
                            ? correction.reason()
                            : null));
        }
        return letter.build();
    }

    /** @param points how many of the advice's points the corrections cover */
    private static String opening(LetterVersion reply, String subject, List<Correction> pending, long points) {
        boolean corrects = pending.stream().anyMatch(c -> c.kind() == CorrectionKind.CORRECTION);
        boolean adds = pending.stream().anyMatch(c -> c.kind() == CorrectionKind.SUPPLEMENT);
        String what = corrects && adds
                ? "corrigeren en vullen wij die aan"
                : corrects ? "corrigeren wij die" : "vullen wij die aan";
        String sentOn = reply.letterDate() == null ? "" : " van " + DutchDates.format(reply.letterDate());
        String reference = reply.ourReference() == null ? "" : " (ons kenmerk " + reply.ourReference() + ")";
        String where = points == 1 ? "op het punt hieronder" : "op de punten hieronder";
        return "In onze brief" + sentOn + reference + " reageerden wij op uw advies (" + subject + "). Met deze brief "
                + what + " " + where + ". De eerdere brief blijft voor het overige zoals hij was.";
    }

    private static long coveredPoints(List<Correction> pending, Map<Long, ResponseView> answers) {
        return pending.stream()
                .flatMap(c -> answers.get(c.responseId()).pointIds().stream())
                .distinct()
                .count();
    }

    private static String lead(Correction correction) {
        return correction.kind() == CorrectionKind.CORRECTION
                ? "Correctie van " + DutchDates.format(correction.correctedOn()) + ": ons standpunt is nu '"
                        + correction.stance().dutch() + "'."
                : "Aanvulling van " + DutchDates.format(correction.correctedOn()) + ":";
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }
}
