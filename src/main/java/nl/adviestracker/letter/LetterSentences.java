package nl.adviestracker.letter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.adviestracker.shared.DutchDates;

/**
 * The sentences the letter writes itself when staff leave a text empty: the opening and the closing,
 * in Dutch, for each kind of advice (solicited, unsolicited, a supplement to an earlier advice), with
 * the number of points in the singular or plural and the subject without a second "advies over".
 */
final class LetterSentences {

    /** What the advice is, for the sentences about it. */
    enum Occasion {
        /** The college asked for it. */
        SOLICITED,
        /** The body gave it on its own initiative. */
        UNSOLICITED,
        /** It adds to an earlier advice of the body. */
        SUPPLEMENT
    }

    /** "advies over", "advies op", "ASDG-advies inzake" ... at the start of a subject. */
    private static final Pattern ADVICE_PREFIX = Pattern.compile(
            "^(?:[\\p{L}-]*advies|aanvullend advies|aanvulling)\\s+(?:over|op|inzake|aangaande|betreffende|m\\.b\\.t\\.)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LetterSentences() {}

    static String opening(Occasion occasion, LocalDate letterDate, String subject, int points) {
        String on = "Op " + DutchDates.format(letterDate);
        String about = topic(subject);
        String first = switch (occasion) {
            case SOLICITED -> on + " hebt u ons het advies gegeven waar wij u om hadden gevraagd, over " + about + ".";
            case UNSOLICITED -> on + " hebt u ons uit eigen beweging advies gegeven over " + about + ".";
            case SUPPLEMENT -> on + " hebt u uw eerdere advies over " + about + " aangevuld.";
        };
        String what = occasion == Occasion.SUPPLEMENT ? "uw aanvulling" : "uw advies";
        String below = points == 1
                ? "Hieronder gaan we in op het punt van " + what + "."
                : "Hieronder gaan we in op de " + count(points, "punt", "punten") + " van " + what + ".";
        return first + " Wij danken u hartelijk voor uw betrokkenheid en input. " + below;
    }

    static String closing(Occasion occasion) {
        return switch (occasion) {
            case SOLICITED -> "Wij danken u nogmaals voor uw advies.";
            case UNSOLICITED -> "Wij danken u nogmaals dat u uit eigen beweging met ons hebt meegedacht.";
            case SUPPLEMENT -> "Wij danken u nogmaals voor de aanvulling op uw advies.";
        };
    }

    /** "1 punt", "2 punten", "1 advies", "2 adviezen". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * The subject as it reads after "advies over": without an "advies over" of its own, and lowercased
     * at the start unless it starts with a name or abbreviation ("Minimabeleid 2026" becomes
     * "minimabeleid 2026"; "ASDG" and "Wmo-verordening" keep their capital).
     */
    static String topic(String subject) {
        String s = subject.strip();
        s = ADVICE_PREFIX.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            return subject.strip();
        }
        return lowerFirst(s);
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && !Character.isLowerCase(text.charAt(1))) {
            return text; // an abbreviation: ASDG, WMO
        }
        int end = text.indexOf(' ');
        String word = end < 0 ? text : text.substring(0, end);
        if (word.contains("-")) {
            return text; // Wmo-verordening is a name
        }
        return text.substring(0, 1).toLowerCase(Locale.forLanguageTag("nl")) + text.substring(1);
    }
}
