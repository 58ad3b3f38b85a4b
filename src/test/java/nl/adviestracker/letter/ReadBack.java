package nl.adviestracker.letter;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the text of a rendered letter back, as a reader sees it, with whitespace normalised. */
final class ReadBack {

    /** The bottom page margin of print.css, where the footer sits. */
    private static final float FOOTER_HEIGHT_PT = 32f / 25.4f * 72f;

    private ReadBack() {}

    /** Runs of whitespace (including no-break spaces) become one space; ends are trimmed. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * The paragraphs of the letter in HTML, in document order: each table row, address line and
     * paragraph outside the running footer.
     */
    static List<String> htmlParagraphs(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(".page-footer").remove();
        List<String> paragraphs = new ArrayList<>();
        // a table row of labels and values is one line; a row of column blocks (signatories) is read
        // block by block
        for (Element e : doc.body().select("p, tr:not(:has(p)), .line")) {
            String text = normalise(e.text());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** Leaves out the large CONCEPT drawn across the pages of a draft: it is not part of the text. */
    private static final class WithoutWatermark extends PDFTextStripperByArea {
        WithoutWatermark() throws IOException {}

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getFontSizeInPt() < Watermark.FONT_SIZE / 2) {
                super.processTextPosition(text);
            }
        }
    }

    /** The text of one PDF page, split into the body and the footer in the bottom margin. */
    record PdfPage(String body, String footer) {}

    static List<PdfPage> pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PdfPage> pages = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                var stripper = new WithoutWatermark();
                stripper.setSortByPosition(true);
                stripper.addRegion("body", new Rectangle2D.Float(0, 0, width, height - FOOTER_HEIGHT_PT));
                stripper.addRegion(
                        "footer", new Rectangle2D.Float(0, height - FOOTER_HEIGHT_PT, width, FOOTER_HEIGHT_PT));
                stripper.extractRegions(page);
                pages.add(new PdfPage(
                        normalise(stripper.getTextForRegion("body")), normalise(stripper.getTextForRegion("footer"))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF is read line by line across the page, so signatories side by side read as one line of roles
     * and one line of names: "burgemeester, secretaris," "Koen Schuiling Christien Bronda". This turns the
     * last lines of the paragraphs (role, name, role, name, as a person reads the columns) into that.
     */
    static List<String> signatoriesReadAcross(List<String> paragraphs, int signatories) {
        int from = paragraphs.size() - 2 * signatories;
        List<String> roles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = from; i < paragraphs.size(); i += 2) {
            roles.add(paragraphs.get(i));
            names.add(paragraphs.get(i + 1));
        }
        List<String> result = new ArrayList<>(paragraphs.subList(0, from));
        result.add(String.join(" ", roles));
        result.add(String.join(" ", names));
        return result;
    }

    /** The body text of all pages, as one normalised string. */
    static String pdfBody(byte[] pdf) {
        return normalise(
                String.join(" ", pdfPages(pdf).stream().map(PdfPage::body).toList()));
    }

    /** The paragraphs of a DOCX body: each non-empty paragraph, and each table row as one line. */
    static List<String> docxParagraphs(byte[] docx) {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    addIfNotEmpty(paragraphs, p.getText());
                } else if (element instanceof XWPFTable t) {
                    addTable(paragraphs, t);
                }
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A row of label and value cells (one paragraph each) reads as one line; a row of column blocks
     * (signatories: role, name) reads block by block, each paragraph a line.
     */
    private static void addTable(List<String> paragraphs, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            boolean columnBlocks =
                    row.getTableCells().stream().anyMatch(c -> c.getParagraphs().size() > 1);
            if (!columnBlocks) {
                addIfNotEmpty(paragraphs, rowText(row));
                continue;
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    addIfNotEmpty(paragraphs, p.getText());
                }
            }
        }
    }

    static String rowText(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
        }
        return normalise(String.join(" ", cells));
    }

    private static void addIfNotEmpty(List<String> paragraphs, String text) {
        String normalised = normalise(text);
        if (!normalised.isEmpty()) {
            paragraphs.add(normalised);
        }
    }
}
