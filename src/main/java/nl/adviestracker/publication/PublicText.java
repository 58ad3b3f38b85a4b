package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one point where an advice's texts become public: every accepted redaction is replaced by its
 * mark ("[naam]", "[e-mailadres]", "[telefoonnummer]"), ignoring case, as whole words. The public page,
 * the Atom feed and the public API all pass their texts through here; the stored texts stay as written.
 */
public final class PublicText {

    private record Rule(Pattern pattern, String mark) {}

    private final List<Rule> rules;

    private PublicText(List<Rule> rules) {
        this.rules = rules;
    }

    /** The accepted redactions, longest first so that "Jan de Vries" goes before a shorter "de Vries". */
    static PublicText of(List<Redaction> decisions) {
        return new PublicText(decisions.stream()
                .filter(Redaction::accepted)
                .sorted(Comparator.comparingInt((Redaction r) -> r.foundText().length())
                        .reversed())
                .map(r -> new Rule(
                        ProposedRedactions.wholeWords(
                                r.foundText().trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        r.kind().mark()))
                .toList());
    }

    public @Nullable String apply(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Rule rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(Matcher.quoteReplacement(rule.mark()));
        }
        return result;
    }
}
