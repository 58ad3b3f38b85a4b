package nl.adviestracker.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns running text (pasted text, a mail body, the lines of a PDF) into paragraphs.
 *
 * <p>A blank line always ends a paragraph, and a line that starts with numbering or a bullet always
 * starts one. When the text is hard-wrapped (all lines short, as in mail and PDF), the lines of a
 * paragraph are kept together (as lines, so that a letterhead block can still be read line by line) and a
 * clearly short line ends the paragraph; otherwise each line is a paragraph, as in text pasted from a form
 * or from Word.
 */
final class TextSegmenter {

    /** Lines at most this long throughout mean the text was wrapped by a mail program or a page. */
    private static final int HARD_WRAP_MAX = 100;
    /** In wrapped text a line shorter than this share of the wrap width ends its paragraph. */
    private static final double SHORT_LINE = 0.6;

    private TextSegmenter() {}

    /** Cleans up characters that differ between sources but not for the reader. */
    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        return s.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ')
                .replace("\u00AD", "")
                .replace("\u200B", "")
                .replace("\uFEFF", "")
                .replace('\t', ' ')
                .replace('\f', '\n');
    }

    static List<Paragraph> segment(String text) {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].strip().replaceAll(" {2,}", " ");
        }
        int[] lengths = Arrays.stream(lines)
                .filter(l -> !l.isEmpty())
                .mapToInt(String::length)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return List.of();
        }
        int wrapWidth = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        boolean hardWrapped =
                lengths[lengths.length - 1] <= HARD_WRAP_MAX || wrapWidth <= HARD_WRAP_MAX && lengths.length >= 10;
        return segment(lines, hardWrapped, wrapWidth);
    }

    /** Segments lines that are known to be wrapped at {@code wrapWidth} characters (PDF). */
    static List<Paragraph> segment(String[] lines, boolean hardWrapped, int wrapWidth) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            if (!hardWrapped || Marker.startsParagraph(line)) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
            if (!hardWrapped || line.length() < wrapWidth * SHORT_LINE) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return joinBrokenSentences(paragraphs);
    }

    /**
     * A page break in copied text leaves a blank line inside a sentence ("waarderen we alle" / blank /
     * "activiteiten op dezelfde manier."): a paragraph that starts in lower case, without numbering,
     * continues a paragraph that stopped mid-sentence.
     */
    private static List<Paragraph> joinBrokenSentences(List<Paragraph> paragraphs) {
        List<Paragraph> joined = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!joined.isEmpty()) {
                String previous = joined.get(joined.size() - 1).text();
                String text = p.text();
                boolean continues = Character.isLowerCase(text.charAt(0))
                        && !Marker.startsParagraph(text)
                        && previous.matches("(?s).*[\\p{L}\\d,]$")
                        && !Marker.startsParagraph(previous);
                if (continues) {
                    joined.set(joined.size() - 1, Paragraph.body(previous + "\n" + text));
                    continue;
                }
            }
            joined.add(p);
        }
        return joined;
    }

    private static void flush(StringBuilder current, List<Paragraph> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(Paragraph.body(current.toString()));
            current.setLength(0);
        }
    }
}
