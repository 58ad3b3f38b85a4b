package nl.adviestracker.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF with PDFBox, line by line with each line's position, so that
 * paragraphs can be found again: a vertical gap clearly larger than the usual line distance ends a
 * paragraph. Page numbers ("Pagina 2 van 3") and lines repeated on every page (running header and
 * footer) are left out, and a paragraph may continue on the next page.
 */
final class PdfReader {

    private static final double PARAGRAPH_GAP = 1.35;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:(?:pagina|bladzijde|blad|page)\\s*\\d+(?:\\s*(?:van|/|of)\\s*\\d+)?|-?\\s*\\d{1,3}\\s*-?|\\d+\\s*/\\s*\\d+)$");

    record Line(int page, float y, float height, String text) {}

    /** Opens the PDF; PDFBox's exceptions (encrypted, broken) are left to the caller. */
    static PDDocument open(byte[] content) throws IOException {
        return Loader.loadPDF(content);
    }

    /** The paragraphs of the text layer; the deadline is checked before each page. */
    List<Paragraph> read(PDDocument document, Deadline deadline) throws IOException {
        List<Line> lines = lines(document, deadline);
        lines = withoutPageFurniture(lines, document.getNumberOfPages());
        List<String> out = new ArrayList<>();
        double spacing = typicalSpacing(lines);
        Line previous = null;
        for (Line line : lines) {
            if (previous != null && previous.page() == line.page()) {
                float gap = line.y() - previous.y();
                if (gap > spacing * PARAGRAPH_GAP || gap < 0) {
                    out.add("");
                }
            }
            out.add(line.text());
            previous = line;
        }
        String[] cleaned = out.stream()
                .map(l -> TextSegmenter.clean(l).strip().replaceAll(" {2,}", " "))
                .toArray(String[]::new);
        int[] lengths = Arrays.stream(cleaned)
                .filter(l -> !l.isEmpty())
                .mapToInt(String::length)
                .sorted()
                .toArray();
        if (lengths.length == 0) {
            return List.of();
        }
        int wrapWidth = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        return TextSegmenter.segment(cleaned, true, wrapWidth);
    }

    private static double typicalSpacing(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float gap = b.y() - a.y();
            if (a.page() == b.page() && gap > 0 && gap < a.height() * 4) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Double.MAX_VALUE;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 3);
    }

    private static List<Line> withoutPageFurniture(List<Line> lines, int pages) {
        Map<String, Integer> pagesPerText = new HashMap<>();
        if (pages >= 2) {
            lines.stream()
                    .map(l -> l.page() + "\u0000" + l.text().strip())
                    .distinct()
                    .forEach(key -> pagesPerText.merge(key.substring(key.indexOf('\u0000') + 1), 1, Integer::sum));
        }
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            boolean repeated = pages >= 2 && pagesPerText.getOrDefault(text, 0) >= pages && text.length() > 0;
            if (text.isEmpty() || PAGE_NUMBER.matcher(text).matches() || repeated) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static List<Line> lines(PDDocument document, Deadline deadline) throws IOException {
        LineCollector collector = new LineCollector(deadline);
        collector.setSortByPosition(true);
        collector.getText(document);
        collector.endLine();
        return collector.lines;
    }

    /** Collects each text line with its page and vertical position instead of writing plain text. */
    private static final class LineCollector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private float y;
        private float height;
        private int page;

        private final Deadline deadline;

        LineCollector(Deadline deadline) {
            super();
            this.deadline = deadline;
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
            deadline.check();
            endLine();
            page++;
            super.startPage(pdPage);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            if (current.length() == 0 && !textPositions.isEmpty()) {
                TextPosition first = textPositions.get(0);
                y = first.getYDirAdj();
                height = Math.max(1f, first.getHeightDir());
            }
            current.append(text);
        }

        @Override
        protected void writeString(String text) {
            current.append(text);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        void endLine() {
            if (!current.toString().isBlank()) {
                lines.add(new Line(page, y, height, current.toString()));
            }
            current.setLength(0);
        }
    }
}
