package nl.adviestracker.intake;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Renders Word's automatic numbering as the reader sees it. POI gives the numbering definitions
 * (numbering.xml) but not the numbers, so this class keeps the counters: one set per list instance
 * (numId) and level, started at the level's start value (or the instance's startOverride), deeper
 * levels restarting when a higher level advances, and the level text ("%1.", "%1.%2", "(%2)")
 * filled in with each level's format (decimal, letters, roman numerals, bullets).
 *
 * <p>One instance renders one document, paragraph by paragraph in reading order.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * Advances the counters for a paragraph in list {@code numId} at level {@code ilvl} and returns the
     * label the reader sees ("2.", "b)", "1.3", "•"), or null when there is no such list.
     */
    String next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        CTAbstractNum definition = abstractNum.getCTAbstractNum();
        int level = Math.max(0, Math.min(LEVELS - 1, ilvl));
        CTLvl lvl = level(definition, level);
        if (lvl == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(num, definition, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            CTLvl deeperLvl = level(definition, deeper);
            boolean neverRestarts = deeperLvl != null
                    && deeperLvl.isSetLvlRestart()
                    && deeperLvl.getLvlRestart().getVal().intValue() == 0;
            if (!neverRestarts) {
                count[deeper] = 0;
            }
        }
        return render(num, definition, lvl, count);
    }

    private String render(XWPFNum num, CTAbstractNum definition, CTLvl lvl, int[] count) {
        STNumberFormat.Enum format = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal() : STNumberFormat.DECIMAL;
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null
                ? lvl.getLvlText().getVal()
                : "";
        if (format == STNumberFormat.BULLET) {
            return "•";
        }
        if (format == STNumberFormat.NONE) {
            return "";
        }
        boolean legal = lvl.isSetIsLgl() && isOn(lvl.getIsLgl().xgetVal());
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int k = Integer.parseInt(m.group(1)) - 1;
            CTLvl referenced = level(definition, k);
            int value = count[k] != 0 ? count[k] : start(num, definition, k);
            STNumberFormat.Enum referencedFormat = referenced != null && referenced.isSetNumFmt()
                    ? referenced.getNumFmt().getVal()
                    : STNumberFormat.DECIMAL;
            m.appendReplacement(
                    sb, Matcher.quoteReplacement(format(value, legal ? STNumberFormat.DECIMAL : referencedFormat)));
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }

    private static boolean isOn(Object xmlValue) {
        // w:isLgl without w:val means on; POI gives null or an STOnOff value
        return xmlValue == null || !String.valueOf(xmlValue).matches("(?i).*(false|0|off).*");
    }

    private static int start(XWPFNum num, CTAbstractNum definition, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level && override.isSetStartOverride()) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = level(definition, level);
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
    }

    private static CTLvl level(CTAbstractNum definition, int level) {
        for (CTLvl lvl : definition.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    static String format(int value, STNumberFormat.Enum format) {
        if (format == STNumberFormat.LOWER_LETTER) {
            return Numerals.letters(value, false);
        }
        if (format == STNumberFormat.UPPER_LETTER) {
            return Numerals.letters(value, true);
        }
        if (format == STNumberFormat.LOWER_ROMAN) {
            return Numerals.roman(value).toLowerCase(java.util.Locale.ROOT);
        }
        if (format == STNumberFormat.UPPER_ROMAN) {
            return Numerals.roman(value);
        }
        if (format == STNumberFormat.DECIMAL_ZERO) {
            return value < 10 ? "0" + value : String.valueOf(value);
        }
        if (format == STNumberFormat.NONE) {
            return "";
        }
        return String.valueOf(value);
    }
}
