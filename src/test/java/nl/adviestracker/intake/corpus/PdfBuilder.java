package nl.adviestracker.intake.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a simple letter as a text PDF with PDFBox: wrapped paragraphs with space between them,
 * hanging indents for numbered and bulleted items, right-aligned letterhead lines, a running footer and
 * "Pagina N van M". Used to generate the intake corpus and test PDFs.
 */
public final class PdfBuilder {

    private static final float MARGIN = 70;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final float GAP = 9;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Line(float x, String text, PDType1Font font, boolean right) {}

    private record Block(List<Line> lines, float gapAfter, boolean pageBreak) {}

    private final List<Block> blocks = new ArrayList<>();
    private String footer;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public PdfBuilder footer(String text) {
        this.footer = text;
        return this;
    }

    public PdfBuilder paragraph(String text) {
        blocks.add(new Block(wrap(text, 0, 0, "", REGULAR), GAP, false));
        return this;
    }

    public PdfBuilder heading(String text) {
        blocks.add(new Block(wrap(text, 0, 0, "", BOLD), GAP, false));
        return this;
    }

    /** A paragraph with a label ("1.", "•") in the margin of its hanging indent; level 0 or 1. */
    public PdfBuilder item(String label, int level, String text) {
        float indent = 22 * level;
        blocks.add(new Block(wrap(text, indent, 22, label, REGULAR), GAP, false));
        return this;
    }

    /** A short letterhead line, right-aligned and without space below it. */
    public PdfBuilder right(String text) {
        blocks.add(new Block(List.of(new Line(0, text, REGULAR, true)), 0, false));
        return this;
    }

    /** A letterhead line without space below it. */
    public PdfBuilder tight(String text) {
        blocks.add(new Block(List.of(new Line(0, text, REGULAR, false)), 0, false));
        return this;
    }

    public PdfBuilder space() {
        blocks.add(new Block(List.of(), GAP, false));
        return this;
    }

    public PdfBuilder pageBreak() {
        blocks.add(new Block(List.of(), 0, true));
        return this;
    }

    private List<Line> wrap(String text, float indent, float hanging, String label, PDType1Font font) {
        List<Line> lines = new ArrayList<>();
        for (String hardLine : text.split(" // ")) {
            StringBuilder current = new StringBuilder();
            float available = width - indent - hanging;
            for (String word : hardLine.split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(candidate, font) > available && current.length() > 0) {
                    lines.add(new Line(indent + hanging, current.toString(), font, false));
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(new Line(indent + hanging, current.toString(), font, false));
        }
        if (!label.isEmpty()) {
            lines.add(0, new Line(indent, label, font, false));
        }
        return lines;
    }

    private static float width(String text, PDType1Font font) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        // first pass: positions per page
        List<List<float[]>> pagesY = new ArrayList<>();
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        List<float[]> ys = new ArrayList<>();
        float top = PDRectangle.A4.getHeight() - MARGIN;
        float bottom = MARGIN + 30;
        float y = top;
        for (Block block : blocks) {
            if (block.pageBreak()) {
                pages.add(page);
                pagesY.add(ys);
                page = new ArrayList<>();
                ys = new ArrayList<>();
                y = top;
                continue;
            }
            boolean labelled = block.lines().size() > 1
                    && block.lines().get(0).x() < block.lines().get(1).x()
                    && block.lines().get(0).text().length() <= 4;
            for (int i = 0; i < block.lines().size(); i++) {
                Line line = block.lines().get(i);
                boolean sameRow = labelled && i == 1;
                if (!sameRow) {
                    if (y < bottom) {
                        pages.add(page);
                        pagesY.add(ys);
                        page = new ArrayList<>();
                        ys = new ArrayList<>();
                        y = top;
                    }
                    y -= LEADING;
                }
                page.add(line);
                ys.add(new float[] {y});
            }
            y -= block.gapAfter();
        }
        pages.add(page);
        pagesY.add(ys);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(document, pdPage)) {
                    for (int i = 0; i < pages.get(p).size(); i++) {
                        Line line = pages.get(p).get(i);
                        float x = line.right() ? MARGIN + width - width(line.text(), line.font()) : MARGIN + line.x();
                        text(cs, line.font(), SIZE, x, pagesY.get(p).get(i)[0], line.text());
                    }
                    if (footer != null) {
                        text(cs, REGULAR, 8, MARGIN, MARGIN - 10, footer);
                    }
                    String number = "Pagina " + (p + 1) + " van " + pages.size();
                    text(cs, REGULAR, 8, MARGIN + width - width(number, REGULAR) * 8 / SIZE, MARGIN - 10, number);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
