package nl.adviestracker.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.adviestracker.shared.TextRule;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a reply letter as an editable Word document (DOCX) with Apache POI: the same content and
 * structure as the PDF (letterhead tables, paragraphs, signatures) on A4, and a footer on every page
 * with "Bladzijde N van M" (Word fields) and the subject.
 *
 * <p>Arial is used: Liberation Sans, which the PDF embeds, has the same metrics, and every word
 * processor has Arial or substitutes it.
 */
public final class DocxRenderer {

    private static final String FONT = "Arial";
    private static final double BODY_SIZE = 10.5;
    private static final int LABEL_SIZE = 8;
    private static final String LABEL_COLOR = "555555";
    private static final String RULE_COLOR = "999999";

    /** 1 January 1980, the earliest time a zip entry can hold; local time, so no time zone is involved. */
    private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private static final int LINE = 300; // 15pt, one body line, in twips
    private static final int CONTENT_WIDTH_MM = 165;

    /** Writes a small letter once, so POI's classes and schemas are loaded before the first real one. */
    public void warmUp() {
        render(LetterModel.builder()
                .advisoryBody("Opwarmen")
                .addressLines("Postbus 1", "9700 AA GRONINGEN")
                .department("-")
                .subject("Opwarmen")
                .opening("-")
                .closing("-")
                .signatory("burgemeester", "-")
                .build());
    }

    /** Writes the letter as DOCX bytes. */
    public byte[] render(LetterModel letter) {
        return render(LetterView.of(letter));
    }

    byte[] render(LetterView v) {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream(32 * 1024)) {
            setUpPage(doc);
            setUpDefaults(doc);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(v.head().subject());
            properties.setCreator("Adviestracker");
            properties.setCreated(Optional.empty()); // POI would put the clock's time here

            letterhead(doc, v.head());
            body(doc, v);
            signature(doc, v.head());
            footer(doc, v.head());
            if (v.draft()) {
                // Word's own watermark (a WordArt shape in the header), on every page
                new XWPFHeaderFooterPolicy(doc).createWatermark(LetterView.DRAFT_MARK);
            }

            doc.write(out);
            return withFixedEntryTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write letter DOCX", e);
        }
    }

    /**
     * Writes a report in the letters' house style: the same page, letterhead, signature and footer, with
     * headings (Word's own "Kop 2" style, {@link Styles#HEADING}) and tables between the paragraphs.
     */
    byte[] render(ReportDocumentView v) {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream(32 * 1024)) {
            setUpPage(doc);
            setUpDefaults(doc);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(v.head().subject());
            properties.setCreator("Adviestracker");
            properties.setCreated(Optional.empty());

            letterhead(doc, v.head());
            text(paragraph(doc, Styles.SALUTATION), v.salutation());
            v.introduction().forEach(p -> text(paragraph(doc, Styles.BODY), p));
            for (ReportDocument.Section section : v.sections()) {
                XWPFParagraph heading = paragraph(doc, Styles.HEADING);
                heading.setKeepNext(true);
                text(heading, section.heading());
                section.paragraphs().forEach(p -> text(paragraph(doc, Styles.BODY), p));
                section.tables().forEach(table -> reportTable(doc, table));
                section.remarks().forEach(p -> text(paragraph(doc, Styles.BODY), p));
            }
            text(paragraph(doc, Styles.BODY), v.closing());
            signature(doc, v.head());
            footer(doc, v.head());
            doc.write(out);
            return withFixedEntryTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report DOCX", e);
        }
    }

    /** A table of figures: a bold header row, thin rules, the first column as wide as the rest together. */
    private static void reportTable(XWPFDocument doc, ReportDocument.Table t) {
        XWPFParagraph caption = paragraph(doc, Styles.NORMAL);
        caption.setKeepNext(true);
        label(caption, t.caption());
        int columns = t.columns().size();
        int[] widths = new int[columns];
        if (columns == 1) {
            widths[0] = CONTENT_WIDTH_MM;
        } else {
            int first = CONTENT_WIDTH_MM / 2 - (columns > 4 ? 20 : 0);
            widths[0] = first;
            Arrays.fill(widths, 1, columns, (CONTENT_WIDTH_MM - first) / (columns - 1));
        }
        XWPFTable table = table(doc, t.rows().size() + 1, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE_COLOR);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE_COLOR);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, RULE_COLOR);
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFRun run = cellParagraph(table.getRow(0).getCell(c)).createRun();
            run.setBold(true);
            run.setText(TextRule.xmlSafe(t.columns().get(c)));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                cellParagraph(table.getRow(r + 1).getCell(c)).createRun().setText(TextRule.xmlSafe(row.get(c)));
            }
        }
        // room after the table, as after a paragraph
        paragraph(doc, Styles.NORMAL).setSpacingAfter(0);
    }

    /**
     * POI's watermark shape is solid black, level and in Cambria: over the text it hides the letter (so
     * LibreOffice draws it). Word's own "CONCEPT" watermark is silver, half transparent and diagonal, in the
     * letter's font; the shape in the header is given those.
     */
    static String paleDiagonalWatermark(String header) {
        return header.replace(
                        "mso-position-vertical-relative:margin\"",
                        "mso-position-vertical-relative:margin;rotation:315\"")
                .replace(
                        "fillcolor=\"black\" stroked=\"false\">",
                        "fillcolor=\"silver\" stroked=\"false\"><v:fill opacity=\".5\"/>")
                .replace("font-family:&amp;quot;Cambria&amp;quot;", "font-family:&amp;quot;Liberation Sans&amp;quot;");
    }

    /**
     * POI stamps every part of the package with the current time; a letter should give the same bytes
     * every time, so the parts are copied into a new package with one fixed time.
     */
    private static byte[] withFixedEntryTimes(byte[] docx) throws IOException {
        var out = new ByteArrayOutputStream(docx.length + 1024);
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx));
                var zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                var copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_ENTRY_TIME);
                zip.putNextEntry(copy);
                if (entry.getName().startsWith("word/header")) {
                    zip.write(paleDiagonalWatermark(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void letterhead(XWPFDocument doc, LetterheadView head) {
        List<String[]> aboutRows = new ArrayList<>();
        aboutRows.add(new String[] {"Afdeling", head.department()});
        if (!head.portfolioHolder().isEmpty()) {
            aboutRows.add(new String[] {"Portefeuillehouder", head.portfolioHolder()});
        }
        aboutRows.add(new String[] {"Onderwerp", head.subject()});
        XWPFTable about = table(doc, aboutRows.size(), new int[] {25, 100});
        for (int r = 0; r < aboutRows.size(); r++) {
            labelValue(
                    about.getRow(r).getCell(0),
                    about.getRow(r).getCell(1),
                    aboutRows.get(r)[0],
                    aboutRows.get(r)[1],
                    true);
        }

        if (!head.returnAddress().isEmpty()) {
            XWPFParagraph back = paragraph(doc, Styles.RETURN_ADDRESS);
            back.setSpacingBefore(mm(16));
            XWPFRun run = back.createRun();
            run.setText(TextRule.xmlSafe(head.returnAddress()));
        }
        List<String> address = new ArrayList<>();
        address.add(head.advisoryBody());
        if (!head.attentionLine().isEmpty()) {
            address.add(head.attentionLine());
        }
        address.addAll(head.addressLines());
        for (int i = 0; i < address.size(); i++) {
            XWPFParagraph p = paragraph(doc, Styles.ADDRESS);
            if (i == 0 && head.returnAddress().isEmpty()) {
                p.setSpacingBefore(mm(16));
            }
            if (i == address.size() - 1) {
                // the address block is as high as a window envelope's window
                p.setSpacingAfter(mm(32) - LINE * address.size() + mm(6));
            }
            text(p, address.get(i));
        }

        XWPFTable refs = table(doc, 2, new int[] {20, 35, 20, 35, 20, 35});
        refs.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE_COLOR);
        refs.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE_COLOR);
        refs.setCellMargins(mm(2), 0, 0, 0);
        String[][] cells = {
            {"Telefoon", head.phone(), "Bijlage(n)", head.attachments(), "Ons kenmerk", head.ourReference()},
            {"Datum", head.date(), "Uw brief van", head.theirLetterDate(), "Uw kenmerk", head.theirReference()},
        };
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 6; c += 2) {
                labelValue(
                        refs.getRow(r).getCell(c), refs.getRow(r).getCell(c + 1), cells[r][c], cells[r][c + 1], false);
            }
        }
        // bottom padding of the last row, like the PDF
        for (XWPFTableCell cell : refs.getRow(1).getTableCells()) {
            cell.getParagraphs().get(0).setSpacingAfter(mm(2));
        }
    }

    private static void body(XWPFDocument doc, LetterView v) {
        XWPFParagraph salutation = paragraph(doc, Styles.SALUTATION);
        text(salutation, v.salutation());
        text(paragraph(doc, Styles.BODY), v.opening());
        for (LetterView.Response response : v.responses()) {
            text(paragraph(doc, Styles.BODY), response.paragraph());
        }
        text(paragraph(doc, Styles.BODY), v.closing());
    }

    private static void signature(XWPFDocument doc, LetterheadView head) {
        XWPFParagraph greeting = paragraph(doc, Styles.SIGNATURE);
        text(greeting, head.greeting());
        XWPFParagraph body = paragraph(doc, Styles.SIGNATURE);
        body.setSpacingAfter(LINE);
        text(body, head.signingBody());

        List<LetterView.Signatory> signatories = head.signatories();
        if (signatories.isEmpty()) {
            return;
        }
        int[] widths = new int[signatories.size()];
        Arrays.fill(widths, Math.min(80, CONTENT_WIDTH_MM / signatories.size()));
        XWPFTable table = table(doc, 1, widths);
        table.getRow(0).setCantSplitRow(true);
        for (int i = 0; i < signatories.size(); i++) {
            XWPFTableCell cell = table.getRow(0).getCell(i);
            XWPFParagraph role = cellParagraph(cell);
            role.setSpacingAfter(mm(16)); // room for the handwritten signature
            text(role, signatories.get(i).role());
            XWPFParagraph name = cell.addParagraph();
            name.setSpacingAfter(0);
            text(name, signatories.get(i).name());
        }
    }

    private static void footer(XWPFDocument doc, LetterheadView head) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFTable table = footer.createTable(2, 2);
        layOut(table, new int[] {25, 110});
        table.removeBorders();

        XWPFParagraph pageLabel = cellParagraph(table.getRow(0).getCell(0));
        label(pageLabel, "Bladzijde");
        XWPFParagraph page = cellParagraph(table.getRow(0).getCell(1));
        field(page, "PAGE", "1");
        small(page.createRun(), " van ");
        field(page, "NUMPAGES", "1");

        table.getRows()
                .forEach(row -> row.getTableCells()
                        .forEach(cell -> cell.getParagraphs().forEach(p -> p.setStyle(Styles.FOOTER))));
        label(cellParagraph(table.getRow(1).getCell(0)), "Onderwerp");
        small(cellParagraph(table.getRow(1).getCell(1)).createRun(), head.subject());
    }

    /** A Word field ({@code PAGE}, {@code NUMPAGES}) with the value shown until Word updates it. */
    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        CTR run = field.addNewR();
        CTRPr props = run.addNewRPr();
        CTFonts fonts = props.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(LABEL_SIZE * 2L));
        run.addNewT().setStringValue(placeholder);
    }

    private static void setUpPage(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setRight(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(32)));
        margins.setLeft(BigInteger.valueOf(mm(25)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(12)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Arial 10.5pt, Dutch, as the document default, so text a user adds in Word matches the letter. */
    private static void setUpDefaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
        run.addNewLang().setVal("nl-NL");
        Styles.define(styles, LINE, mm(16), mm(12));
        doc.createStyles().setStyles(styles);
    }

    private static XWPFTable table(XWPFDocument doc, int rows, int[] widthsMm) {
        XWPFTable table = doc.createTable(rows, widthsMm.length);
        layOut(table, widthsMm);
        table.removeBorders();
        return table;
    }

    private static void layOut(XWPFTable table, int[] widthsMm) {
        int total = 0;
        for (int w : widthsMm) {
            total += w;
        }
        table.setWidth(String.valueOf(mm(Math.min(total, CONTENT_WIDTH_MM))));
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(mm(w)));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < widthsMm.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(mm(widthsMm[c])));
                // no padding left and right in the cell itself: LibreOffice does not take the table's
                // margins for its cells, and would wrap "15 september 2025" in a 35 mm column
                var cellProperties = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                var margins = cellProperties.isSetTcMar() ? cellProperties.getTcMar() : cellProperties.addNewTcMar();
                var left = margins.addNewLeft();
                left.setW(BigInteger.ZERO);
                left.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                var right = margins.addNewRight();
                right.setW(BigInteger.ZERO);
                right.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            }
        }
        table.setCellMargins(0, 0, 0, 0);
    }

    private static void labelValue(
            XWPFTableCell labelCell, XWPFTableCell valueCell, String label, String value, boolean bold) {
        label(cellParagraph(labelCell), label);
        XWPFRun run = cellParagraph(valueCell).createRun();
        run.setFontFamily(FONT);
        run.setFontSize(BODY_SIZE);
        run.setBold(bold);
        run.setText(TextRule.xmlSafe(value));
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(LINE / 20.0, LineSpacingRule.AT_LEAST);
        return p;
    }

    private static void label(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        small(run, text);
        run.setColor(LABEL_COLOR);
    }

    private static void small(XWPFRun run, String text) {
        run.setFontFamily(FONT);
        run.setFontSize(LABEL_SIZE);
        run.setText(TextRule.xmlSafe(text));
    }

    /** A paragraph of the named style; its spacing and font come from the style, so Word users can restyle. */
    private static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    private static void text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(TextRule.xmlSafe(text));
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
