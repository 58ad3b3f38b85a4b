package nl.adviestracker.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter around an advice: where the advice's own text begins (after the letterhead and
 * "Geachte ...") and ends (before "Met vriendelijke groet" and the signatures), and what the letterhead
 * says (date, reference, subject).
 *
 * @param bodyStart index of the first paragraph of the advice's own text
 * @param bodyEnd index after its last paragraph
 * @param closingFound whether a closing formula ended the text
 */
record LetterFrame(int bodyStart, int bodyEnd, boolean closingFound, LetterMetadata metadata) {

    private static final Pattern SALUTATION = Pattern.compile(
            "(?iu)^(geachte?|hooggeachte?|zeer geachte?|beste|lieve|l\\.s\\.|aan wie het aangaat)\\b.*");
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)^(met\\s+(vriendelijke|hartelijke|collegiale|beleefde|warme)\\s+groet(en)?|vriendelijke\\s+groet(en)?|"
                    + "hartelijke\\s+groet(en)?|hoogachtend|groet(en)?\\s*,?$)");
    /** "Namens de projectgroep Wmo," as a closing line, not as the start of a sentence. */
    private static final Pattern CLOSING_ON_BEHALF =
            Pattern.compile("(?iu)^namens\\s+(de\\s+)?(asdg|adviesgroep|projectgroep|werkgroep)\\b[^.]{0,60},?$");

    private static final Pattern HEADER_LABEL = Pattern.compile(
            "(?iu)^(aan|van|cc|datum|date|onderwerp|betreft|inzake|kenmerk|ons kenmerk|uw kenmerk|uw brief( van)?|"
                    + "bijlagen?|bijlage\\(n\\)|telefoon|tel\\.?|e-?mail|behandeld door|contactpersoon|doorkiesnummer|verzonden|referentie)"
                    + "\\b\\s*[:\\t]?.*");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iu)(\\bpostbus\\s+\\d+|\\b[1-9]\\d{3}\\s?[A-Z]{2}\\b|\\bt\\.a\\.v\\.|\\S+@\\S+\\.\\w+|\\bwww\\.|https?://|"
                    + "\\(?\\b0\\d{2,3}\\)?[\\s-]?\\d{2,3}[\\s-]?\\d{2}[\\s-]?\\d{2}\\b)");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)^(gemeente\\s+\\p{L}+|college van (burgemeester|b)\\s*(en|&)\\s*(wethouders|w)\\b.*|aan het college\\b.*|"
                    + "adviesgroep sociaal domein groningen|asdg|de wethouder\\b.*|wethouder\\b.*|"
                    + "\\p{Lu}\\p{L}+(straat|weg|singel|plein|laan|kade|dijk|markt)\\s+\\d+.*)$");
    private static final Pattern SIGNATURE_WORDS = Pattern.compile(
            "(?iu).*\\b(voorzitter|secretaris|projectgroep|werkgroep|adviesgroep|asdg|namens|lid|coördinator|coordinator)\\b.*");
    private static final Pattern NAME = Pattern.compile(
            "^(\\p{Lu}\\.\\s?)+(\\p{Ll}+\\s)*\\p{Lu}[\\p{L}-]+.*$|^\\p{Lu}\\p{Ll}+\\s+((van|de|der|den|het|ter|ten)\\s+)*\\p{Lu}[\\p{L}-]+$");

    private static final Pattern PROJECT_GROUP =
            Pattern.compile("(?u)\\b[Pp]rojectgroep\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:en|&)\\s+\\p{Lu}[\\p{L}-]*)?)");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1),
            Map.entry("jan", 1),
            Map.entry("februari", 2),
            Map.entry("feb", 2),
            Map.entry("maart", 3),
            Map.entry("mrt", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("mei", 5),
            Map.entry("juni", 6),
            Map.entry("jun", 6),
            Map.entry("juli", 7),
            Map.entry("jul", 7),
            Map.entry("augustus", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oktober", 10),
            Map.entry("okt", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?iu)\\b(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                    + "jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^(\\p{L}[\\p{L} .'-]*,\\s*)?((maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?\\d{1,2}[\\s./-]+\\S+[\\s./-]+\\d{4}\\.?$");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^\\s*(datum|date|verzonden)\\s*[:\\t ]\\s*(.+)$");
    private static final Pattern REFERENCE =
            Pattern.compile("(?iu)(?<!uw\\s)\\b(ons kenmerk|kenmerk|referentie|ons nummer)\\s*[:\\t ]\\s*(.+)$");
    private static final Pattern SUBJECT =
            Pattern.compile("(?iu)^\\s*(onderwerp|betreft|inzake|subject)\\s*[:\\t ]\\s*(.+)$");
    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?iu)(\\t|\\s{2,}|\\s+(?=(uw kenmerk|uw brief|ons kenmerk|datum|bijlagen?|bijlage\\(n\\)|telefoon)\\b))");

    /** Finds the frame in paragraphs whose whitespace is already normalised per line. */
    static LetterFrame find(List<String> texts, String subjectHint, LocalDate dateHint) {
        int salutation = -1;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t.length() <= 100 && SALUTATION.matcher(t).matches() && !t.endsWith(".")) {
                salutation = i;
                break;
            }
        }
        int bodyStart;
        if (salutation >= 0) {
            bodyStart = salutation + 1;
        } else {
            bodyStart = headerWithoutSalutation(texts);
        }
        int bodyEnd = texts.size();
        boolean closingFound = false;
        for (int i = bodyStart; i < texts.size(); i++) {
            if (isClosing(texts.get(i))) {
                bodyEnd = i;
                closingFound = true;
                break;
            }
        }
        if (!closingFound) {
            while (bodyEnd > bodyStart && isSignatureLine(texts.get(bodyEnd - 1))) {
                bodyEnd--;
            }
        }
        LetterMetadata head =
                metadata(texts.subList(0, salutation >= 0 ? salutation : bodyStart), subjectHint, dateHint);
        LetterMetadata metadata =
                new LetterMetadata(head.date(), head.theirReference(), head.subject(), projectGroup(texts));
        return new LetterFrame(bodyStart, bodyEnd, closingFound, metadata);
    }

    /**
     * Without a salutation the letterhead is the leading run of address, label and title lines, but a
     * title only counts when labelled lines ("Datum:", "Betreft:") show that this is a letterhead.
     */
    private static int headerWithoutSalutation(List<String> texts) {
        int end = 0;
        int lastLabelled = 0;
        while (end < texts.size() && (isHeaderLine(texts.get(end)) || isTitle(texts.get(end)))) {
            if (isHeaderLine(texts.get(end))) {
                lastLabelled = end + 1;
            }
            end++;
        }
        return lastLabelled;
    }

    private static boolean isTitle(String text) {
        return text.length() <= 100 && !text.contains("\n") && !text.matches("(?s).*[.,;:?!]$");
    }

    static boolean isClosing(String text) {
        String firstLine = text.lines().findFirst().orElse("").strip();
        return firstLine.length() <= 120 && CLOSING.matcher(firstLine).lookingAt()
                || text.length() <= 80 && CLOSING_ON_BEHALF.matcher(text).matches();
    }

    private static boolean isHeaderLine(String text) {
        if (text.length() > 160) {
            return false;
        }
        for (String line : text.split("\n")) {
            String l = line.strip();
            boolean header = HEADER_LABEL.matcher(l).matches()
                    || ADDRESS.matcher(l).find()
                    || ORGANISATION.matcher(l).matches()
                    || DATE_LINE.matcher(l).matches();
            if (!header && !l.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignatureLine(String text) {
        if (text.length() > 80 || text.matches("(?s).*[.;:?!]$")) {
            return false;
        }
        return SIGNATURE_WORDS.matcher(text).matches()
                || NAME.matcher(text).matches()
                || ADDRESS.matcher(text).find();
    }

    private static LetterMetadata metadata(List<String> header, String subjectHint, LocalDate dateHint) {
        LocalDate labelledDate = null;
        LocalDate lineDate = null;
        String reference = null;
        String subject = null;
        String[] lines = String.join("\n", header).split("\n");
        {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                Matcher m;
                if (labelledDate == null
                        && (m = DATE_LABEL.matcher(line)).matches()
                        && !m.group(2).toLowerCase(Locale.ROOT).startsWith("uw brief")) {
                    labelledDate = parseDate(m.group(2));
                }
                if (lineDate == null
                        && DATE_LINE.matcher(line.replace('\t', ' ')).matches()) {
                    lineDate = parseDate(line);
                }
                if (reference == null && (m = REFERENCE.matcher(line)).find()) {
                    String value = untilNextLabel(m.group(2));
                    if (!value.isEmpty() && !value.equals("-")) {
                        reference = value;
                    }
                }
                if (subject == null && (m = SUBJECT.matcher(line)).matches()) {
                    StringBuilder value =
                            new StringBuilder(m.group(2).split("\\t")[0].strip());
                    // a long subject wraps onto the next line of the letterhead block
                    for (int k = i + 1;
                            k < lines.length && k <= i + 2 && !m.group(2).contains("\t");
                            k++) {
                        String next = lines[k].strip();
                        if (next.isEmpty() || isHeaderLine(next) || next.matches("(?s).*[.:;?!]$")) {
                            break;
                        }
                        value.append(' ').append(next);
                    }
                    if (!value.isEmpty() && !value.toString().equals("-")) {
                        subject = value.toString();
                    }
                }
            }
        }
        LocalDate date = labelledDate != null ? labelledDate : lineDate != null ? lineDate : dateHint;
        return new LetterMetadata(date, reference, subject != null ? subject : blankToNull(subjectHint));
    }

    /** The first "projectgroep Wonen en Zorg" the letter names: capitalised words, joined by "en". */
    static String projectGroup(List<String> texts) {
        for (String text : texts) {
            Matcher m = PROJECT_GROUP.matcher(text.replace('\n', ' '));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String untilNextLabel(String value) {
        Matcher m = NEXT_LABEL.matcher(value);
        String v = m.find() ? value.substring(0, m.start()) : value;
        return v.strip().replaceAll("[,;]$", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first date in the text: "14 maart 2024", "14-03-2024", "2024-03-14"; null when there is none. */
    static LocalDate parseDate(String text) {
        try {
            Matcher m = WRITTEN_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)),
                        MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                        Integer.parseInt(m.group(1)));
            }
            m = ISO_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = NUMERIC_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
