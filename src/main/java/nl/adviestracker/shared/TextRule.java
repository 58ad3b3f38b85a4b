package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.OptionalInt;

/**
 * What a stored text may hold, for every way text comes in (API bodies, screen forms, intake), and
 * the last line of defence for every renderer (letter HTML, PDF, DOCX, Atom, iCalendar, CSV, XLSX).
 *
 * <p>Line breaks are stored as LF: CRLF, a lone CR, and vertical tab and form feed (Word's manual line
 * and page break, which arrive by copy and paste) become LF. Other C0 control characters (all but TAB
 * and LF), U+FFFE, U+FFFF and lone surrogates cannot be stored: XML cannot carry them, so a letter or a
 * feed with one could not be made. Input that holds one is refused, naming the field.
 */
public final class TextRule {

    public static final String MESSAGE = "bevat een onzichtbaar stuurteken dat niet kan worden opgeslagen";

    private TextRule() {}

    /** The text with its line breaks as stored: VT, FF, CRLF and a lone CR become LF. */
    public static @Nullable String normalise(@Nullable String text) {
        if (text == null || !hasBreakToNormalise(text)) {
            return text;
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u000B', '\n')
                .replace('\f', '\n');
    }

    /** The first code point (of a normalised text) that a stored text may not hold, if any. */
    public static OptionalInt forbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /** The message for a field whose text holds a forbidden character, naming the character. */
    public static String message(int codePoint) {
        return MESSAGE + String.format(" (U+%04X)", codePoint);
    }

    /**
     * The text as it may be stored, or a 400 naming {@code field}: what every input path calls.
     */
    public static @Nullable String require(String field, @Nullable String text) {
        String normalised = normalise(text);
        if (normalised != null) {
            OptionalInt bad = forbidden(normalised);
            if (bad.isPresent()) {
                throw ProblemException.invalid(field, message(bad.getAsInt()));
            }
        }
        return normalised;
    }

    /**
     * The text with its line breaks normalised and every character XML cannot carry left out: for
     * renderers, and for text that nobody typed (a document intake reads).
     */
    public static @Nullable String xmlSafe(@Nullable CharSequence value) {
        if (value == null) {
            return null;
        }
        String text = normalise(value.toString());
        if (forbidden(text).isEmpty()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean hasBreakToNormalise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u000B' || c == '\f') {
                return true;
            }
        }
        return false;
    }

    /** A single UTF-16 unit outside a surrogate pair that XML 1.0 can carry (CR is normalised away first). */
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
