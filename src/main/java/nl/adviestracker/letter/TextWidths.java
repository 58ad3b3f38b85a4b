package nl.adviestracker.letter;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The widths of one font face's characters, as PDFBox gives them, kept between documents.
 *
 * <p>openhtmltopdf measures every word it places (and every candidate for a line break) by asking PDFBox for
 * the width of the string, which encodes it and reads the codes back through a CMap, with a stream pipeline
 * per character: 7% of a letter's time in JFR and a fifth of the memory it allocates. A face's width of a
 * character does not depend on the document, so it is asked once and kept; a string's width is the sum of its
 * characters' widths in the same order, as PDFBox sums them, so the layout is exactly the same. The table also
 * answers, when a run of text is drawn, whether the face has all its characters (openhtmltopdf asks PDFBox
 * for the run's width to find out). Only the blocks of 256 characters that letters use get a table (a
 * kilobyte each); a character beyond 16 bits, or one the face does not have, is left to openhtmltopdf as
 * before.
 */
final class TextWidths {

    private static final float UNKNOWN = Float.NaN;
    private static final float MISSING = Float.NEGATIVE_INFINITY;

    private final AtomicReferenceArray<float[]> blocks = new AtomicReferenceArray<>(256);

    /**
     * The width of the text in thousandths of the font size, given the face as a font of the document at
     * hand, or NaN when a character is not in the face or beyond 16 bits.
     */
    float of(String text, PDFont font) {
        float width = 0f;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return Float.NaN;
            }
            float character = width(c, font);
            if (character == MISSING) {
                return Float.NaN;
            }
            width += character;
        }
        return width;
    }

    private float width(char c, PDFont font) {
        float[] block = blocks.get(c >>> 8);
        if (block == null) {
            float[] fresh = new float[256];
            Arrays.fill(fresh, UNKNOWN);
            // published with the array's volatile semantics, so no thread sees it before it is filled
            block = blocks.compareAndSet(c >>> 8, null, fresh) ? fresh : blocks.get(c >>> 8);
        }
        float width = block[c & 0xFF];
        if (Float.isNaN(width)) {
            try {
                width = font.getStringWidth(String.valueOf(c));
            } catch (IllegalArgumentException e) {
                width = MISSING;
            } catch (IOException e) {
                return MISSING;
            }
            // two threads may both ask PDFBox, and write the same value
            block[c & 0xFF] = width;
        }
        return width;
    }

    /**
     * openhtmltopdf's text renderer for one document, measuring with the tables of the faces this document
     * loaded; a font without a table (one the document did not get from us), or text a table cannot measure,
     * is measured by openhtmltopdf itself.
     */
    static final class Measuring extends PdfBoxTextRenderer {

        // the same as openhtmltopdf's: a width a hundredth above a whole number is rounded down
        private static final float TEXT_MEASURING_DELTA = 0.01f;

        private final Function<PDFont, TextWidths> tables;

        Measuring(Function<PDFont, TextWidths> tables) {
            this.tables = tables;
        }

        @Override
        public int getWidth(FontContext context, FSFont font, String string) {
            var fonts = ((PdfBoxFSFont) font).getFontDescriptions();
            PDFont first =
                    fonts == null || fonts.isEmpty() ? null : fonts.get(0).getFont();
            TextWidths table = first == null ? null : tables.apply(first);
            if (table != null) {
                float width = table.of(TextRenderer.getEffectivePrintableString(string), first);
                if (!Float.isNaN(width)) {
                    // as openhtmltopdf computes it from PDFBox's width
                    float result = width / 1000f * font.getSize2D();
                    return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
                }
            }
            return super.getWidth(context, font, string);
        }

        @Override
        public void drawString(OutputDevice device, String string, float x, float y) {
            drawString(device, string, x, y, null);
        }

        /**
         * Draws the text with the first font of the current style, as openhtmltopdf's output device does when
         * that font has every character; the device finds that out by asking PDFBox for the string's width
         * (encoding it and reading the codes back: a twentieth of a letter's time and a tenth of what it
         * allocates), here the table answers. Text the table cannot measure goes to the device as before.
         */
        @Override
        public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
            if (device instanceof PdfBoxFastOutputDevice fast
                    && DEVICE_FONT.get(fast) instanceof PdfBoxFSFont font
                    && !font.getFontDescriptions().isEmpty()) {
                FontDescription first = font.getFontDescriptions().get(0);
                PDFont pdf = first.getFont();
                TextWidths table = pdf == null ? null : tables.apply(pdf);
                String effective = TextRenderer.getEffectivePrintableString(string);
                if (table != null && !Float.isNaN(table.of(effective, pdf))) {
                    fast.drawStringFast(effective, x, y, info, first, font.getSize2D());
                    return;
                }
            }
            super.drawString(device, string, x, y, info);
        }
    }

    /** The font openhtmltopdf's output device draws text with (set for each run of text, no getter). */
    private static final VarHandle DEVICE_FONT = deviceFont();

    private static VarHandle deviceFont() {
        try {
            return MethodHandles.privateLookupIn(PdfBoxFastOutputDevice.class, MethodHandles.lookup())
                    .findVarHandle(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "openhtmltopdf's PdfBoxFastOutputDevice has no field _font: see TextWidths", e);
        }
    }
}
