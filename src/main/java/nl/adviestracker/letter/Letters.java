package nl.adviestracker.letter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.response.Completeness;
import nl.adviestracker.response.CompletenessCheck;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * The reply letter of an advice: the current draft, rendered from the responses as they are now;
 * stored versions; and the final letter, whose bytes are kept exactly as sent.
 */
@Singleton
public class Letters {

    private final AdviceRegister advices;
    private final Bodies bodies;
    private final Responses responses;
    private final LetterTexts texts;
    private final LetterModels models;
    private final LetterRenderer renderer;
    private final JdbcOperations jdbc;
    private final AuditLog audit;

    Letters(
            AdviceRegister advices,
            Bodies bodies,
            Responses responses,
            LetterTexts texts,
            LetterModels models,
            LetterRenderer renderer,
            JdbcOperations jdbc,
            AuditLog audit) {
        this.advices = advices;
        this.bodies = bodies;
        this.responses = responses;
        this.texts = texts;
        this.models = models;
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A letter in the three forms it is delivered in. */
    public record Rendered(int number, boolean isFinal, String html, byte[] pdf, byte[] docx) {}

    /** What changed between two versions: each changed place with the lines before and after. */
    @Serdeable
    public record Difference(int fromVersion, int toVersion, List<Change> changes) {
        @Serdeable
        public record Change(String type, int line, List<String> before, List<String> after) {}
    }

    /** The draft as the responses stand now, with neither our reference nor a date yet. */
    @Transactional(readOnly = true)
    public LetterModel draft(long adviceId) {
        return model(adviceId, null, null, true);
    }

    /** Shown with a refusal (403) to a member of the body before the letter is sent. */
    static final String LETTER_AFTER_SENDING = "De brief is zichtbaar zodra hij is verstuurd.";

    // Not in a transaction: rendering a draft's PDF must not hold a connection (as currentPdf(long)).

    /** The letter as {@link #currentHtml(long)}, for staff and, once it is sent, the body's members. */
    public String currentHtml(SignedInUser user, long adviceId) {
        requireLetterReadable(user, adviceId);
        return currentHtml(adviceId);
    }

    /** The letter as {@link #currentPdf(long)}, for staff and, once it is sent, the body's members. */
    public byte[] currentPdf(SignedInUser user, long adviceId) {
        requireLetterReadable(user, adviceId);
        return currentPdf(adviceId);
    }

    /** The letter as {@link #currentDocx(long)}, for staff and, once it is sent, the body's members. */
    public byte[] currentDocx(SignedInUser user, long adviceId) {
        requireLetterReadable(user, adviceId);
        return currentDocx(adviceId);
    }

    /** The stored versions, for staff who may see the advice. */
    @Transactional(readOnly = true)
    public List<LetterVersion> versions(SignedInUser user, long adviceId) {
        advices.get(user, adviceId);
        return versions(adviceId);
    }

    /** One stored version, for staff who may see the advice. */
    @Transactional(readOnly = true)
    public Rendered version(SignedInUser user, long adviceId, int number) {
        advices.get(user, adviceId);
        return version(adviceId, number);
    }

    /** What changed between two stored versions, for staff who may see the advice. */
    @Transactional(readOnly = true)
    public Difference difference(SignedInUser user, long adviceId, int from, int to) {
        advices.get(user, adviceId);
        return difference(adviceId, from, to);
    }

    /** {@link #saveDraftVersion(long)} by staff who may see the advice, checked in the same transaction. */
    @Transactional
    public LetterVersion saveDraftVersion(SignedInUser user, long adviceId) {
        advices.get(user, adviceId);
        return saveDraftVersion(adviceId);
    }

    private void requireLetterReadable(SignedInUser user, long adviceId) {
        AdviceAccess.requireResponsesReadable(user, advices.get(adviceId), LETTER_AFTER_SENDING);
    }

    /** The sent letter where there is one, else the draft as HTML. */
    public String currentHtml(long adviceId) {
        return sent(adviceId).map(Rendered::html).orElseGet(() -> renderer.html(draft(adviceId)));
    }

    /** The sent letter's PDF, exactly as sent, where there is one; else the draft's. */
    public byte[] currentPdf(long adviceId) {
        return sent(adviceId).map(Rendered::pdf).orElseGet(() -> renderer.pdf(draft(adviceId)));
    }

    public byte[] currentDocx(long adviceId) {
        return sent(adviceId).map(Rendered::docx).orElseGet(() -> renderer.docx(draft(adviceId)));
    }

    /**
     * The letter as plain lines of text, one per field or paragraph: the sent letter as it was stored,
     * else the draft as it is now. For showing the letter's text inside a page.
     */
    @Transactional(readOnly = true)
    public List<String> currentLines(long adviceId) {
        Optional<Rendered> sent = sent(adviceId);
        if (sent.isPresent()) {
            return plainText(adviceId, sent.get().number());
        }
        return PlainLetter.lines(draft(adviceId));
    }

    @Transactional(readOnly = true)
    public Optional<Rendered> sent(long adviceId) {
        advices.get(adviceId);
        return query(
                "select number, final, html, pdf, docx from letter_version where advice_id = ? and final and kind = 'REPLY'",
                adviceId,
                null);
    }

    /** Stores the draft as it is now as the next version, so it can be compared later. */
    @Transactional
    public LetterVersion saveDraftVersion(long adviceId) {
        requireNotSent(adviceId);
        return store(adviceId, draft(adviceId), false, null, null, LetterVersion.REPLY);
    }

    /**
     * Makes the letter final: only when every point has a response and every departure gives its
     * reasons. The stored PDF is what will be sent; the responses are frozen. Only through its route's
     * approval ({@link LetterRoutes#approve}); the advice is answered when the letter is sent.
     */
    @Transactional
    LetterVersion finalizeLetter(long adviceId, String ourReference, LocalDate date) {
        requireNotSent(adviceId);
        requireComplete(adviceId);
        LetterModel letter = model(adviceId, ourReference, date, false);
        requireReasonsInLetter(letter);
        LetterVersion version = store(adviceId, letter, true, ourReference, date, LetterVersion.REPLY);
        advices.markLetterFinal(adviceId);
        return version;
    }

    /** Every point answered and every departure reasoned: refused (409) naming each open point and missing reason. */
    void requireComplete(long adviceId) {
        Completeness completeness = CompletenessCheck.of(adviceId, advices.points(adviceId), responses.list(adviceId));
        if (!completeness.complete()) {
            List<FieldProblem> problems = new ArrayList<>();
            completeness
                    .unansweredPoints()
                    .forEach(point -> problems.add(
                            new FieldProblem("points", "punt " + point.label() + " heeft nog geen reactie")));
            completeness
                    .ruleViolations()
                    .forEach(violation -> problems.add(new FieldProblem(
                            "responses",
                            "reactie op " + String.join(", ", violation.pointLabels()) + ": " + violation.problem())));
            throw new ProblemException(
                    ProblemStatus.CONFLICT,
                    "Brief nog niet compleet",
                    "De brief kan pas definitief worden als elk punt beantwoord is en elke afwijking beargumenteerd: "
                            + String.join(
                                    "; ",
                                    problems.stream().map(FieldProblem::message).toList()) + ".",
                    problems);
        }
    }

    /** Awb 3:50: a departure's reasons are stated in the letter that goes out, not only in the tool. */
    private void requireReasonsInLetter(LetterModel letter) {
        List<LetterModel.ResponseEntry> missing = ReasonsInLetter.missing(letter, renderer.html(letter));
        if (missing.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = missing.stream()
                .map(r -> new FieldProblem(
                        "responses", "de reden bij de reactie op " + r.pointReference() + " staat niet in de brief"))
                .toList();
        throw new ProblemException(
                ProblemStatus.CONFLICT,
                "Reden ontbreekt in de brief",
                "De brief kan pas definitief worden als de reden van elke afwijking in de brief staat: "
                        + String.join(
                                "; ",
                                problems.stream().map(FieldProblem::message).toList()) + ".",
                problems);
    }

    @Transactional(readOnly = true)
    public List<LetterVersion> versions(long adviceId) {
        advices.get(adviceId);
        return jdbc.prepareStatement("""
                select id, advice_id, number, final, our_reference, letter_date, created_by, created_at, kind
                from letter_version where advice_id = ? order by number""", statement -> {
            statement.setLong(1, adviceId);
            ResultSet rows = statement.executeQuery();
            List<LetterVersion> versions = new ArrayList<>();
            while (rows.next()) {
                Date date = rows.getDate(6);
                versions.add(new LetterVersion(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getInt(3),
                        rows.getBoolean(4),
                        rows.getString(5),
                        date == null ? null : date.toLocalDate(),
                        rows.getString(7),
                        rows.getTimestamp(8).toInstant(),
                        rows.getString(9)));
            }
            return versions;
        });
    }

    @Transactional(readOnly = true)
    public Rendered version(long adviceId, int number) {
        advices.get(adviceId);
        return stored(adviceId, number).orElseThrow(() -> ProblemException.notFound("Briefversie " + number));
    }

    @Transactional(readOnly = true)
    public Difference difference(long adviceId, int from, int to) {
        List<String> before = plainText(adviceId, from);
        List<String> after = plainText(adviceId, to);
        List<Difference.Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            changes.add(new Difference.Change(
                    delta.getType().name(),
                    delta.getSource().getPosition() + 1,
                    delta.getSource().getLines(),
                    delta.getTarget().getLines()));
        }
        return new Difference(from, to, changes);
    }

    private LetterModel model(long adviceId, @Nullable String ourReference, @Nullable LocalDate date, boolean draft) {
        Advice advice = advices.get(adviceId);
        AdvisoryBody body = bodies.get(advice.bodyId());
        List<Point> points = advices.points(adviceId);
        List<ResponseView> answers = responses.list(adviceId);
        return models.of(advice, body, points, answers, texts.effective(advice, body), ourReference, date, draft);
    }

    /** Refused once the letter is final: {@link Advice#requireLetterNotFinal()}. */
    public void requireNotSent(long adviceId) {
        advices.get(adviceId).requireLetterNotFinal();
    }

    /** Keeps a final supplementary letter, byte for byte, beside the reply letter's versions. */
    LetterVersion storeSupplement(long adviceId, LetterModel model, String ourReference, LocalDate date) {
        return store(adviceId, model, true, ourReference, date, LetterVersion.SUPPLEMENT);
    }

    /** The final reply letter's version as lists show it, if the letter is final. */
    @Transactional(readOnly = true)
    public Optional<LetterVersion> finalReply(long adviceId) {
        return versions(adviceId).stream()
                .filter(v -> v.isFinal() && LetterVersion.REPLY.equals(v.kind()))
                .findFirst();
    }

    /** The model of an advice's letter as sent (its texts and letterhead), to build a supplementary letter on. */
    LetterModel replyModel(long adviceId, boolean draft) {
        return model(adviceId, null, null, draft);
    }

    private LetterVersion store(
            long adviceId, LetterModel model, boolean isFinal, String ourReference, LocalDate date, String kind) {
        String html = renderer.html(model);
        byte[] pdf = renderer.pdf(model);
        byte[] docx = renderer.docx(model);
        String actor = audit.actor();
        LetterVersion version = jdbc.prepareStatement("""
                insert into letter_version (advice_id, number, final, our_reference, letter_date, plain_text, html, pdf,
                                            docx, created_by, kind)
                values (?, (select coalesce(max(number), 0) + 1 from letter_version where advice_id = ?), ?, ?, ?, ?, ?, ?, ?, ?,
                        ?)
                returning id, number, created_at""", statement -> {
            statement.setLong(1, adviceId);
            statement.setLong(2, adviceId);
            statement.setBoolean(3, isFinal);
            statement.setString(4, ourReference);
            if (date == null) {
                statement.setNull(5, Types.DATE);
            } else {
                statement.setDate(5, Date.valueOf(date));
            }
            statement.setString(6, PlainLetter.text(model));
            statement.setString(7, html);
            statement.setBytes(8, pdf);
            statement.setBytes(9, docx);
            statement.setString(10, actor);
            statement.setString(11, kind);
            ResultSet rows = statement.executeQuery();
            rows.next();
            return new LetterVersion(
                    rows.getLong(1),
                    adviceId,
                    rows.getInt(2),
                    isFinal,
                    ourReference,
                    date,
                    actor,
                    rows.getTimestamp(3).toInstant(),
                    kind);
        });
        audit.record(isFinal ? "FINALIZED" : "CREATED", "letter_version", version.id(), adviceId, null, version);
        return version;
    }

    private Optional<Rendered> stored(long adviceId, int number) {
        return query(
                "select number, final, html, pdf, docx from letter_version where advice_id = ? and number = ?",
                adviceId,
                number);
    }

    private Optional<Rendered> query(String sql, long adviceId, Integer number) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, adviceId);
            if (number != null) {
                statement.setInt(2, number);
            }
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                return Optional.<Rendered>empty();
            }
            return Optional.of(new Rendered(
                    rows.getInt(1), rows.getBoolean(2), rows.getString(3), rows.getBytes(4), rows.getBytes(5)));
        });
    }

    private List<String> plainText(long adviceId, int number) {
        return jdbc.prepareStatement(
                "select plain_text from letter_version where advice_id = ? and number = ?", statement -> {
                    statement.setLong(1, adviceId);
                    statement.setInt(2, number);
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        throw ProblemException.notFound("Briefversie " + number);
                    }
                    return Arrays.asList(rows.getString(1).split("\n"));
                });
    }
}
