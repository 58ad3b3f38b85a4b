package nl.adviestracker.letter;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** The texts staff write around the responses: subject, salutation, opening and closing, with defaults. */
@Singleton
public class LetterTexts {

    private final LetterTextRepository texts;
    private final AdviceRegister advices;
    private final Bodies bodies;
    private final AuditLog audit;

    LetterTexts(LetterTextRepository texts, AdviceRegister advices, Bodies bodies, AuditLog audit) {
        this.texts = texts;
        this.advices = advices;
        this.bodies = bodies;
        this.audit = audit;
    }

    /** The texts as they will appear: what staff wrote, or the default for each part they left empty. */
    public LetterText effective(Advice advice, AdvisoryBody body) {
        LetterText stored = texts.findById(advice.id()).orElse(null);
        return new LetterText(
                advice.id(),
                pick(
                        stored == null ? null : stored.subject(),
                        body.shortName() + " advies over " + LetterSentences.topic(advice.subject())),
                pick(stored == null ? null : stored.salutation(), LetterModel.DEFAULT_SALUTATION),
                pick(
                        stored == null ? null : stored.opening(),
                        LetterSentences.opening(
                                occasion(advice),
                                advice.letterDate(),
                                advice.subject(),
                                advices.points(advice.id()).size())),
                pick(stored == null ? null : stored.closing(), LetterSentences.closing(occasion(advice))),
                stored == null ? null : stored.phone(),
                stored == null ? null : stored.attachments(),
                stored == null ? null : stored.version(),
                stored == null ? null : stored.updatedAt());
    }

    /** The texts as {@link #effective(Advice, AdvisoryBody)}, for staff who may see the advice. */
    @Transactional(readOnly = true)
    public LetterText effective(SignedInUser user, long adviceId) {
        Advice advice = advices.get(user, adviceId);
        return effective(advice, bodies.get(advice.bodyId()));
    }

    /** {@link #save(long, LetterTextInput)} by staff who may see the advice, checked in the same transaction. */
    @Transactional
    public LetterText save(SignedInUser user, long adviceId, LetterTextInput input) {
        advices.get(user, adviceId);
        return save(adviceId, input);
    }

    /** Refused once the letter is sent: the advice is then answered, and a sent letter never changes. */
    @Transactional
    public LetterText save(long adviceId, LetterTextInput input) {
        advices.get(adviceId).requireLetterNotFinal();
        LetterText current = texts.findById(adviceId).orElse(null);
        String attachments = input.attachments() == null
                ? null
                : String.join(
                        "\n",
                        input.attachments().stream()
                                .map(String::strip)
                                .filter(a -> !a.isEmpty())
                                .toList());
        if (current == null) {
            LetterText created = texts.save(new LetterText(
                    adviceId,
                    blank(input.subject()),
                    blank(input.salutation()),
                    blank(input.opening()),
                    blank(input.closing()),
                    blank(input.phone()),
                    blank(attachments),
                    null,
                    null));
            audit.created("letter_text", adviceId, adviceId, created);
            return created;
        }
        Versions.requireCurrent(input.version(), current.version(), "De brieftekst", current);
        LetterText changed = texts.update(new LetterText(
                adviceId,
                blank(input.subject()),
                blank(input.salutation()),
                blank(input.opening()),
                blank(input.closing()),
                blank(input.phone()),
                blank(attachments),
                current.version(),
                null));
        audit.updated("letter_text", adviceId, adviceId, current, changed);
        return changed;
    }

    static List<String> attachmentList(LetterText text) {
        return text.attachments() == null
                ? List.of()
                : Arrays.stream(text.attachments().split("\n")).toList();
    }

    private static String pick(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blank(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static LetterSentences.Occasion occasion(Advice advice) {
        if (advice.supplementsAdviceId() != null) {
            return LetterSentences.Occasion.SUPPLEMENT;
        }
        return advice.kind() == AdviceKind.SOLICITED
                ? LetterSentences.Occasion.SOLICITED
                : LetterSentences.Occasion.UNSOLICITED;
    }

    static ProblemException notFound(long adviceId) {
        return ProblemException.notFound("Brief bij advies " + adviceId);
    }
}
