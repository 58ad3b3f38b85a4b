package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.adviestracker.account.User;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/**
 * Publication without names: what in an advice's public texts (subject, introduction, points, the
 * college's responses) names a person or gives contact details is proposed for redaction, staff decide
 * each proposal, and the public sees the texts through {@link PublicText}. Nothing is published while a
 * proposal is open.
 */
@Singleton
public class Redactions {

    static final int MAX_TEXT = 300;

    /** The review of one advice: decisions taken and proposals still open. */
    public record Review(List<Redaction> decided, List<ProposedRedactions.Found> open) {}

    private final RedactionRepository redactions;
    private final AdviceRegister advices;
    private final Responses responses;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock;

    Redactions(
            RedactionRepository redactions,
            AdviceRegister advices,
            Responses responses,
            Users users,
            AuditLog audit,
            Clock clock) {
        this.redactions = redactions;
        this.advices = advices;
        this.responses = responses;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Review review(long adviceId) {
        List<String> texts = publicTexts(adviceId);
        List<Redaction> decided = redactions.findByAdviceIdOrderById(adviceId);
        Set<String> known = decided.stream()
                .map(r -> r.foundText().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<ProposedRedactions.Found> open = ProposedRedactions.in(texts, knownNames()).stream()
                .filter(f -> !known.contains(f.text().toLowerCase(Locale.ROOT)))
                .toList();
        return new Review(decided, open);
    }

    /** How many proposals wait for a decision; publishing waits for none. */
    @Transactional(readOnly = true)
    public int undecided(long adviceId) {
        return review(adviceId).open().size();
    }

    /**
     * Records staff's decision on a text: a proposal, or one they add by hand ({@code byHand}), which must
     * occur in the advice's public texts. A decision taken before is changed, on the version it was taken
     * on. The kind is found from the text when not given.
     */
    @Transactional
    public Redaction decide(
            long adviceId,
            @Nullable String text,
            @Nullable RedactionKind kind,
            @Nullable RedactionStatus decision,
            boolean byHand,
            @Nullable Integer version) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "is verplicht");
        }
        String found = text.trim();
        if (found.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "is langer dan " + MAX_TEXT + " tekens");
        }
        if (decision == null) {
            throw ProblemException.invalid("decision", "is verplicht: weglaten of laten staan");
        }
        List<String> texts = publicTexts(adviceId);
        boolean occurs = texts.stream()
                .anyMatch(t -> t != null
                        && ProposedRedactions.wholeWords(
                                        found,
                                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                                .matcher(t)
                                .find());
        if (!occurs) {
            throw ProblemException.invalid(
                    "text", "komt niet (als los woord) voor in de openbare teksten van dit advies");
        }
        var existing = redactions.findOne(adviceId, found);
        if (existing.isPresent()) {
            Redaction before = existing.get();
            Versions.requireCurrent(version, before.version(), "Dit besluit over weglaten", before);
            Redaction after = redactions.update(before.decide(decision, audit.actor(), clock.instant()));
            audit.updated("redaction", after.id(), adviceId, before, after);
            return after;
        }
        Redaction saved = redactions.save(new Redaction(
                null,
                adviceId,
                found,
                kind == null ? ProposedRedactions.kindOf(found) : kind,
                decision,
                byHand,
                audit.actor(),
                clock.instant(),
                null));
        audit.created("redaction", saved.id(), adviceId, saved);
        return saved;
    }

    /** The advice's texts as the public sees them: with every accepted redaction replaced. */
    @Transactional(readOnly = true)
    public PublicText publicText(long adviceId) {
        return PublicText.of(redactions.findByAdviceIdOrderById(adviceId));
    }

    /** Everything the public pages show of an advice, as stored. */
    private List<String> publicTexts(long adviceId) {
        Advice advice = advices.get(adviceId);
        List<String> texts = new ArrayList<>();
        texts.add(advice.subject());
        texts.add(advice.introduction());
        texts.add(advice.conclusion());
        advices.points(adviceId).stream().map(Point::text).forEach(texts::add);
        for (ResponseView response : responses.list(adviceId)) {
            texts.add(response.paraphrase());
            texts.add(response.text());
            texts.add(response.reason());
        }
        return texts;
    }

    private List<String> knownNames() {
        return users.list().stream().map(User::name).toList();
    }
}
