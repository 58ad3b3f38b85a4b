package nl.adviestracker.intake.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes Word documents the way Word does it: lists with automatic numbering through numbering.xml
 * (abstract definitions, list instances, restarts by start override) and headings numbered through
 * their style. Used to generate the intake corpus and in tests of numbering rendering.
 */
public final class DocxBuilder {

    /** One level of a list definition: Word's numFmt, lvlText ("%1.", "%1.%2", "") and start value. */
    public record Level(STNumberFormat.Enum format, String text, int start) {
        public static Level of(STNumberFormat.Enum format, String text) {
            return new Level(format, text, 1);
        }
    }

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private final XWPFStyles styles = document.createStyles();
    private int nextAbstractId = 1;
    private XWPFTable table;

    /** Defines a list and returns the numId of a first instance of it. */
    public BigInteger list(Level... levels) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.valueOf(levels[i].start()));
            lvl.addNewNumFmt().setVal(levels[i].format());
            lvl.addNewLvlText().setVal(levels[i].text());
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360L * (i + 1)));
            lvl.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    /** A new instance of the same list that starts again ("Opnieuw nummeren" in Word). */
    public BigInteger restart(BigInteger numId, int start) {
        BigInteger abstractId =
                numbering.getNum(numId).getCTNum().getAbstractNumId().getVal();
        BigInteger restarted = numbering.addNum(abstractId);
        CTNum ct = numbering.getNum(restarted).getCTNum();
        CTNumLvl override = ct.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return restarted;
    }

    /** A paragraph style based on nothing; with a numId its paragraphs are numbered through the style. */
    public void headingStyle(String styleId, String name, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (numId != null) {
            style.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        }
        style.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(style, styles));
    }

    public DocxBuilder paragraph(String text) {
        table = null;
        write(document.createParagraph(), text, false);
        return this;
    }

    public DocxBuilder right(String text) {
        table = null;
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        write(p, text, false);
        return this;
    }

    public DocxBuilder heading(String styleId, String text) {
        table = null;
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        write(p, text, true);
        return this;
    }

    public DocxBuilder item(BigInteger numId, int level, String text) {
        table = null;
        XWPFParagraph p = document.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        write(p, text, false);
        return this;
    }

    /** A row of a borderless table, as letterheads often are. */
    public DocxBuilder row(String... cells) {
        XWPFTableRow row;
        if (table == null) {
            table = document.createTable(1, cells.length);
            table.removeBorders();
            row = table.getRow(0);
        } else {
            row = table.createRow();
        }
        for (int i = 0; i < cells.length; i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            write(p, cells[i], false);
        }
        return this;
    }

    public DocxBuilder pageBreak() {
        table = null;
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    public DocxBuilder empty() {
        table = null;
        document.createParagraph();
        return this;
    }

    /** Text with " // " as a line break inside the paragraph (Shift+Enter in Word). */
    private static void write(XWPFParagraph p, String text, boolean bold) {
        String[] lines = text.split(" // ");
        XWPFRun run = p.createRun();
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
