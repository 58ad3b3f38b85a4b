package nl.adviestracker.letter;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named paragraph styles of the DOCX letter, so staff who go on editing it in Word or LibreOffice find
 * "Brieftekst", "Adresregel", ... in the style list, and a paragraph they add takes the letter's look.
 */
final class Styles {

    static final String NORMAL = "Normal";
    static final String BODY = "Brieftekst";
    static final String SALUTATION = "Aanhef";
    static final String ADDRESS = "Adresregel";
    static final String RETURN_ADDRESS = "Retouradres";
    static final String SIGNATURE = "Ondertekening";
    static final String FOOTER = "Voettekst";
    /** A heading inside a report (the report to the council); letters have none. */
    static final String HEADING = "Tussenkop";

    private Styles() {}

    /**
     * Defines the styles: {@code line} is one body line (twips), {@code addressTop} the room above the
     * address block, {@code bodyTop} the room above the salutation.
     */
    static void define(CTStyles styles, int line, int addressTop, int bodyTop) {
        CTStyle normal = style(styles, NORMAL, "Normal", null);
        normal.setDefault(Boolean.TRUE);
        spacing(normal, 0, 0, line);
        spacing(style(styles, BODY, "Brieftekst", NORMAL), 0, line, line);
        spacing(style(styles, SALUTATION, "Aanhef", BODY), bodyTop, line, line);
        spacing(style(styles, ADDRESS, "Adresregel", NORMAL), 0, 0, line);
        CTStyle back = style(styles, RETURN_ADDRESS, "Retouradres", NORMAL);
        spacing(back, addressTop, 113, 200);
        size(back, 7, "555555");
        CTStyle signature = style(styles, SIGNATURE, "Ondertekening", NORMAL);
        spacing(signature, 0, 0, line);
        signature.getPPr().addNewKeepNext();
        CTStyle footer = style(styles, FOOTER, "Voettekst", NORMAL);
        size(footer, 8, null);
        CTStyle heading = style(styles, HEADING, "Tussenkop", NORMAL);
        spacing(heading, line, line / 2, line);
        heading.getPPr().addNewKeepNext();
        (heading.isSetRPr() ? heading.getRPr() : heading.addNewRPr()).addNewB();
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        style.addNewPPr();
        return style;
    }

    private static void spacing(CTStyle style, int before, int after, int line) {
        CTPPrGeneral paragraph = style.getPPr();
        CTSpacing spacing = paragraph.isSetSpacing() ? paragraph.getSpacing() : paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    private static void size(CTStyle style, double points, String colour) {
        CTRPr run = style.isSetRPr() ? style.getRPr() : style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(points * 2)));
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
    }
}
