package nl.adviestracker.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Reads the body of a Word document (.docx) with Apache POI: paragraphs and table rows in order,
 * with headings recognised by style and automatic numbering rendered by {@link WordNumbering}.
 * Page headers, footers, footnotes and comments are not read.
 */
final class DocxReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(heading|kop)\\s*([1-9])$");
    private static final Pattern TITLE_STYLE = Pattern.compile("(?i)^(title|titel|subtitle|ondertitel)$");

    private XWPFStyles styles;
    private WordNumbering numbering;

    /** Reads the document; POI's exceptions (a broken or foreign file) are left to the caller. */
    List<Paragraph> read(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            styles = document.getStyles();
            numbering = new WordNumbering(document.getNumbering());
            List<Paragraph> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                add(element, paragraphs);
            }
            return paragraphs;
        }
    }

    private void add(IBodyElement element, List<Paragraph> out) {
        if (element instanceof XWPFParagraph paragraph) {
            Paragraph p = paragraph(paragraph);
            if (!p.text().isBlank()) {
                out.add(p);
            }
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> texts = new ArrayList<>();
                    for (XWPFParagraph cp : cell.getParagraphs()) {
                        String text = paragraph(cp).text();
                        if (!text.isBlank()) {
                            texts.add(text);
                        }
                    }
                    if (!texts.isEmpty()) {
                        cells.add(String.join("\n", texts));
                    }
                }
                if (!cells.isEmpty()) {
                    out.add(Paragraph.body(String.join("\t", cells)));
                }
            }
        } else if (element instanceof XWPFSDT sdt) {
            String text = clean(sdt.getContent().getText());
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    out.add(Paragraph.body(line.strip()));
                }
            }
        }
    }

    private Paragraph paragraph(XWPFParagraph paragraph) {
        String text = clean(paragraph.getText()).strip();
        String styleId = paragraph.getStyleID();
        int headingLevel = headingLevel(styleId);
        String label = null;
        NumberingRef ref = numberingRef(paragraph.getCTP().getPPr(), styleId);
        if (ref != null) {
            label = numbering.next(ref.numId(), ref.ilvl());
        }
        if (label != null && !label.isEmpty() && !text.isEmpty()) {
            text = label + " " + text;
        }
        if (headingLevel > 0) {
            return new Paragraph(text, Paragraph.Kind.HEADING, headingLevel);
        }
        if (label != null) {
            return new Paragraph(text, Paragraph.Kind.LIST_ITEM, ref.ilvl());
        }
        return Paragraph.body(text);
    }

    private record NumberingRef(BigInteger numId, int ilvl) {}

    /** Numbering set on the paragraph itself, or else inherited from its style and the styles it is based on. */
    private NumberingRef numberingRef(CTPPr pPr, String styleId) {
        if (pPr != null && pPr.isSetNumPr()) {
            CTNumPr numPr = pPr.getNumPr();
            if (numPr.isSetNumId()) {
                BigInteger numId = numPr.getNumId().getVal();
                int ilvl = numPr.isSetIlvl() ? numPr.getIlvl().getVal().intValue() : 0;
                if (numId == null || numId.signum() == 0) {
                    return null;
                }
                return new NumberingRef(numId, ilvl);
            }
        }
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            CTStyle ct = style.getCTStyle();
            CTPPrGeneral stylePPr = ct.getPPr();
            if (stylePPr != null && stylePPr.isSetNumPr() && stylePPr.getNumPr().isSetNumId()) {
                CTNumPr numPr = stylePPr.getNumPr();
                BigInteger numId = numPr.getNumId().getVal();
                int ilvl = numPr.isSetIlvl() ? numPr.getIlvl().getVal().intValue() : 0;
                return numId == null || numId.signum() == 0 ? null : new NumberingRef(numId, ilvl);
            }
            id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
        }
        return null;
    }

    private int headingLevel(String styleId) {
        if (styleId == null) {
            return 0;
        }
        List<String> names = new ArrayList<>(List.of(styleId));
        if (styles != null
                && styles.getStyle(styleId) != null
                && styles.getStyle(styleId).getName() != null) {
            names.add(styles.getStyle(styleId).getName());
        }
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            Matcher m = HEADING_STYLE.matcher(n);
            if (m.matches()) {
                return Integer.parseInt(m.group(2));
            }
            if (TITLE_STYLE.matcher(n).matches()) {
                return 1;
            }
        }
        return 0;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replace('\u00A0', ' ')
                .replace("\u00AD", "")
                .replace("\u200B", "")
                .replace("\r", "");
    }
}
