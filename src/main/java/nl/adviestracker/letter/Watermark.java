package nl.adviestracker.letter;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A word drawn diagonally across every page of a PDF, large and light grey, underneath the page's own
 * content, and marked as an artifact so screen readers and the tag tree leave it out.
 */
final class Watermark {

    static final float FONT_SIZE = 96f;
    private static final float GREY = 0.86f;

    private Watermark() {}

    static void draw(PDDocument pdf, String text, PDFont font) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            float width = font.getStringWidth(text) / 1000f * FONT_SIZE;
            double angle = Math.atan2(box.getHeight(), box.getWidth());
            try (var content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.PREPEND, true, true)) {
                content.beginMarkedContent(COSName.ARTIFACT);
                content.setNonStrokingColor(GREY, GREY, GREY);
                content.beginText();
                content.setFont(font, FONT_SIZE);
                // centred on the page, along its diagonal from bottom left to top right
                float cos = (float) Math.cos(angle);
                float sin = (float) Math.sin(angle);
                float baseline = FONT_SIZE / 3f;
                float x = box.getWidth() / 2f - width / 2f * cos + baseline * sin;
                float y = box.getHeight() / 2f - width / 2f * sin - baseline * cos;
                content.setTextMatrix(new Matrix(cos, sin, -sin, cos, x, y));
                content.showText(text);
                content.endText();
                content.endMarkedContent();
            }
        }
    }
}
