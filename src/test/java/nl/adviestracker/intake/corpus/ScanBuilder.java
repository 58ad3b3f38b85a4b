package nl.adviestracker.intake.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a letter's lines as a page image, the way a scanner or a phone photo delivers it: grey
 * paper with a little noise, no text layer. {@link #pdf} wraps the page in a PDF as a scanner does,
 * {@link #png} gives the photo. A line "~" is an empty line.
 */
public final class ScanBuilder {

    private static final int WIDTH = 1240; // A4 at 150 dpi
    private static final int HEIGHT = 1754;
    private static final int MARGIN = 110;

    private ScanBuilder() {}

    public static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(246, 244, 238));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Random random = new Random(lines.hashCode());
        for (int i = 0; i < 4000; i++) {
            int grey = 200 + random.nextInt(40);
            image.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), new Color(grey, grey, grey).getRGB());
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(25, 25, 30));
        g.setFont(new Font("Liberation Serif", Font.PLAIN, 26));
        FontMetrics metrics = g.getFontMetrics();
        int y = MARGIN;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("%%")) {
                continue;
            }
            if (line.equals("~")) {
                y += metrics.getHeight() / 2;
                continue;
            }
            for (String wrapped : wrap(line, metrics, WIDTH - 2 * MARGIN)) {
                y += metrics.getHeight();
                g.drawString(wrapped, MARGIN, y);
            }
        }
        g.dispose();
        return image;
    }

    public static byte[] png(List<String> lines) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(page(lines), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of one page that holds only the scanned image. */
    public static byte[] pdf(List<String> lines) {
        return pdf(page(lines));
    }

    public static byte[] pdf(BufferedImage page) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdPage = new PDPage(PDRectangle.A4);
            document.addPage(pdPage);
            PDImageXObject image = JPEGFactory.createFromImage(document, page, 0.85f);
            try (PDPageContentStream cs = new PDPageContentStream(document, pdPage)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
