package nl.adviestracker.intake;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.advice.PointKind;

/**
 * What a point is and which part of the advised document it is about, read from its wording.
 *
 * <ul>
 *   <li>A question when its first or last sentence asks one ("Waarom ...?").</li>
 *   <li>A request when it asks the college to do something for the body: "Wij verzoeken u ...", or to
 *       inform, involve or report to the body ("Houd ons op de hoogte", "Wij vragen u ons te informeren").</li>
 *   <li>An observation when it states a finding ("Wij constateren", "Wij stellen vast", "Wij zijn blij")
 *       and advises nothing.</li>
 *   <li>Otherwise a recommendation, which most points are.</li>
 * </ul>
 */
final class PointClassifier {

    /** "art. 3.8 lid 3", "artikel 2", "Art. 4:2", "paragraaf 4.2", "§ 4.2", "hoofdstuk 3". */
    static final Pattern REFERENCE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:art(?:ikel|\\.)?\\s*\\d{1,3}(?:[.:]\\d{1,3})*[a-z]?(?:,?\\s+(?:lid|onder)\\s+\\d{1,2}[a-z]?)?"
                    + "|(?:paragraaf|par\\.|§)\\s*\\d{1,2}(?:\\.\\d{1,2})*|hoofdstuk\\s+\\d{1,2}(?:\\.\\d{1,2})*)(?![\\p{L}\\d])");
    /** A table cell or a lead that is only a reference: "art. 4.2", "Artikel 3.1 lid 2:". */
    static final Pattern REFERENCE_ONLY = Pattern.compile("(?iu)^(" + REFERENCE.pattern() + ")\\s*[:.]?$");

    private static final Pattern REQUEST = Pattern.compile(
            "(?iu)\\b(verzoeken|verzoek(en)? (wij|we) u|houd (ons|de asdg|de projectgroep|de adviesgroep) (op de hoogte|betrokken|geïnformeerd)|"
                    + "informeer (ons|de asdg|de projectgroep|de adviesgroep)|"
                    + "vragen (wij |we )?u (om )?(ons|de asdg|de projectgroep|de adviesgroep)\\b[^.]*\\b(te informeren|te betrekken|toe te sturen|te sturen|op de hoogte|te laten weten|te delen))");
    private static final Pattern OBSERVATION = Pattern.compile(
            "(?iu)\\b((wij|we) (constateren|stellen vast|signaleren|zien dat|merken op|steunen|waarderen|herkennen)|"
                    + "stellen (wij|we) vast|constateren (wij|we)|het valt (ons )?op|"
                    + "(wij|we) zijn (blij|positief|tevreden|verheugd|kritisch|bezorgd|teleurgesteld))");
    private static final Pattern ADVICE = Pattern.compile(
            "(?iu)\\b(adviseren|adviseert|advies is|raden (wij |we )?(u )?aan|raden (wij|we) (u )?aan|stellen (wij |we )?voor|pleiten|"
                    + "vragen (wij |we )?u|(wij|we) vragen u|moet|moeten|dient|dienen|zorg (dat|voor|ervoor)|neem\\b|maak\\b)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private PointClassifier() {}

    static PointKind kind(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return PointKind.RECOMMENDATION;
        }
        if (t.endsWith("?") || firstSentence(t).endsWith("?")) {
            return PointKind.QUESTION;
        }
        if (REQUEST.matcher(t).find()) {
            return PointKind.REQUEST;
        }
        if (OBSERVATION.matcher(t).find() && !ADVICE.matcher(t).find()) {
            return PointKind.OBSERVATION;
        }
        return PointKind.RECOMMENDATION;
    }

    /** A Dutch remark when the wording points two ways, or null. */
    static String kindDoubt(String text, PointKind kind) {
        boolean advises = ADVICE.matcher(text).find();
        boolean observes = OBSERVATION.matcher(text).find();
        boolean asks = text.contains("?");
        if (kind == PointKind.RECOMMENDATION && observes) {
            return "Soort onzeker: dit punt stelt iets vast én adviseert; gekozen is 'aanbeveling'.";
        }
        if (kind != PointKind.QUESTION && asks) {
            return "Soort onzeker: dit punt bevat ook een vraag.";
        }
        if (kind == PointKind.QUESTION && advises) {
            return "Soort onzeker: dit punt stelt een vraag én adviseert; gekozen is 'vraag'.";
        }
        return null;
    }

    /** The first article or section the text names, as written; empty when it names none. */
    static Optional<String> reference(String text) {
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? Optional.of(m.group().replaceAll("\\s+", " ").strip()) : Optional.empty();
    }

    private static String firstSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start() + 1) : text;
    }
}
