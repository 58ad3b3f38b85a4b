package nl.adviestracker.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering or bullet at the start of a paragraph: "1.", "2)", "(3)", "Advies 4:", "5a", "2.1",
 * "IV.", "b)", "•". Parsing is deliberately strict (punctuation required after a number) so that
 * dates, postal codes, phone numbers, years and article references do not look like numbering;
 * whether a marker really numbers points is decided later, by finding sequences (see {@link PointDetector}).
 *
 * @param style the kind of numbering
 * @param keyword lower-case keyword for {@link Style#KEYWORD} ("advies", "punt"), otherwise empty
 * @param value the number (1 for "a", "A" and "I"); 0 for bullets
 * @param sub second part: the letter of "2a" or the number of "2.1" (as text), otherwise empty
 * @param rest the paragraph text after the marker
 */
record Marker(Style style, String keyword, int value, String sub, String rest) {

    enum Style {
        /** "1." */
        DECIMAL_DOT,
        /** "1)" */
        DECIMAL_PAREN,
        /** "(1)" */
        DECIMAL_ENCLOSED,
        /** "1 Titel": only on headings, Word list items and short title-like lines. */
        DECIMAL_BARE,
        /** "Punt 1", "Advies 1:", "Aanbeveling 1", "Vraag 1". */
        KEYWORD,
        /** "I.", "IV)" */
        ROMAN,
        /** "a.", "b)", "(c)" */
        LETTER_LOWER,
        /** "A.", "B)" */
        LETTER_UPPER,
        /** "2a", "2b." and "Advies 2a:" */
        DECIMAL_LETTER,
        /** "2.1", "2.3." */
        DECIMAL_DOTTED,
        /** "-", "•", "*", "o" */
        BULLET
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "(?iu)^(punt|adviespunt|advies|aanbeveling|vraag|opmerking|aandachtspunt)\\s+(\\d{1,2})([a-z])?"
                    + "(?:\\s*[:.)]\\s*|\\s+[-–]\\s+|\\s*$|\\s+(?=\\p{Lu}))(.*)$",
            Pattern.DOTALL);
    private static final Pattern DOTTED =
            Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL_LETTER =
            Pattern.compile("^(\\d{1,2})([a-z])(?:[.):]\\s*|\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL_DOT = Pattern.compile("^(\\d{1,2})\\.(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL_PAREN = Pattern.compile("^(\\d{1,2})\\)(?:\\s*)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL_ENCLOSED = Pattern.compile("^\\((\\d{1,2})\\)(?:\\s*)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL_BARE = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})[.)](?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("^([a-zA-Z])[.)](?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern LETTER_ENCLOSED = Pattern.compile("^\\(([a-z])\\)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern BULLET =
            Pattern.compile("^(?:[-•*–—·▪◦○●■□➢►✓\\uF0B7\\uF0A7\\uF076\\uF0D8]|o(?=\\s))\\s*(.*)$", Pattern.DOTALL);

    /** Parses the marker at the start of {@code text}; {@code titleLike} allows the bare "1 Titel" form. */
    static Optional<Marker> parse(String text, boolean titleLike) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = KEYWORD.matcher(t);
        if (m.matches()) {
            String keyword = m.group(1).toLowerCase(Locale.ROOT);
            int value = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                return Optional.of(new Marker(
                        Style.DECIMAL_LETTER,
                        keyword,
                        value,
                        m.group(3),
                        m.group(4).strip()));
            }
            return Optional.of(
                    new Marker(Style.KEYWORD, keyword, value, "", m.group(4).strip()));
        }
        if ((m = DOTTED.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_DOTTED,
                    "",
                    Integer.parseInt(m.group(1)),
                    m.group(2),
                    m.group(3).strip()));
        }
        if ((m = DECIMAL_LETTER.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_LETTER,
                    "",
                    Integer.parseInt(m.group(1)),
                    m.group(2),
                    m.group(3).strip()));
        }
        if ((m = DECIMAL_DOT.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_DOT,
                    "",
                    Integer.parseInt(m.group(1)),
                    "",
                    m.group(2).strip()));
        }
        if ((m = DECIMAL_PAREN.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_PAREN,
                    "",
                    Integer.parseInt(m.group(1)),
                    "",
                    m.group(2).strip()));
        }
        if ((m = DECIMAL_ENCLOSED.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_ENCLOSED,
                    "",
                    Integer.parseInt(m.group(1)),
                    "",
                    m.group(2).strip()));
        }
        if ((m = ROMAN.matcher(t)).matches()) {
            int value = Numerals.parseRoman(m.group(1));
            if (value > 0) {
                return Optional.of(
                        new Marker(Style.ROMAN, "", value, "", m.group(2).strip()));
            }
        }
        if ((m = LETTER.matcher(t)).matches()) {
            char c = m.group(1).charAt(0);
            Style style = Character.isUpperCase(c) ? Style.LETTER_UPPER : Style.LETTER_LOWER;
            return Optional.of(new Marker(
                    style,
                    "",
                    Character.toLowerCase(c) - 'a' + 1,
                    "",
                    m.group(2).strip()));
        }
        if ((m = LETTER_ENCLOSED.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.LETTER_LOWER,
                    "",
                    m.group(1).charAt(0) - 'a' + 1,
                    "",
                    m.group(2).strip()));
        }
        if ((m = BULLET.matcher(t)).matches() && !m.group(1).isBlank()) {
            return Optional.of(new Marker(Style.BULLET, "", 0, "", m.group(1).strip()));
        }
        if (titleLike && (m = DECIMAL_BARE.matcher(t)).matches()) {
            return Optional.of(new Marker(
                    Style.DECIMAL_BARE,
                    "",
                    Integer.parseInt(m.group(1)),
                    "",
                    m.group(2).strip()));
        }
        return Optional.empty();
    }

    /**
     * "C." and "I." can be roman numerals or letters; this gives the letter reading of such a marker,
     * so that "A.", "B.", "C." and "I.", "II.", "III." both count on.
     */
    Optional<Marker> alternative() {
        if (style == Style.ROMAN && Numerals.roman(value).length() == 1) {
            char letter = Numerals.roman(value).charAt(0);
            return Optional.of(new Marker(Style.LETTER_UPPER, "", letter - 'A' + 1, "", rest));
        }
        return Optional.empty();
    }

    /** True when a line of running text starts with numbering or a bullet, so that it begins a new paragraph. */
    static boolean startsParagraph(String line) {
        return parse(line, false).isPresent();
    }

    /** Groups markers that continue each other: same style, and for keywords the same keyword. */
    String styleKey() {
        return style == Style.KEYWORD ? "KEYWORD:" + keyword : style.name();
    }

    /** The label as users write it in references: "3", "2a", "2.1", "IV", "b". */
    String label() {
        return switch (style) {
            case ROMAN -> Numerals.roman(value);
            case LETTER_LOWER -> String.valueOf((char) ('a' + value - 1));
            case LETTER_UPPER -> String.valueOf((char) ('A' + value - 1));
            case DECIMAL_LETTER -> value + sub;
            case DECIMAL_DOTTED -> value + "." + sub;
            case BULLET -> "";
            default -> String.valueOf(value);
        };
    }
}
