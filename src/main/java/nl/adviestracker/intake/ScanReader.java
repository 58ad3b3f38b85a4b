package nl.adviestracker.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads scans and photos with OCR ({@link TesseractOcr}): a PDF without text has its pages rendered
 * to grey images at a bounded resolution, a photo goes to Tesseract as it is (the JVM reads only its
 * header, for the pixel limit). Pages, pixels and time are bounded; past a bound the answer says so.
 */
final class ScanReader {

    private final IntakeSettings settings;
    private final TesseractOcr ocr;

    ScanReader(IntakeSettings settings) {
        this.settings = settings;
        this.ocr = new TesseractOcr(settings.ocrCommand());
    }

    ExtractedDocument readPdf(PDDocument pdf, Deadline deadline) throws IOException {
        if (!ocr.available()) {
            throw IntakeProblems.ocrUnavailable();
        }
        int pages = pdf.getNumberOfPages();
        if (pages > settings.maxOcrPages()) {
            throw IntakeProblems.tooManyPages(pages, settings.maxOcrPages(), true);
        }
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<String> texts = new ArrayList<>();
        List<OcrPage> read = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            deadline.check();
            PDRectangle box = pdf.getPage(i).getCropBox();
            double inches = Math.max(1e-3, box.getWidth() / 72.0) * Math.max(1e-3, box.getHeight() / 72.0);
            float dpi = (float) Math.min(settings.ocrDpi(), Math.sqrt(settings.maxImagePixels() / inches));
            BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
            Path file = Files.createTempFile("intake-scan-", ".png");
            try {
                ImageIO.write(image, "png", file.toFile());
                image.flush();
                TesseractOcr.PageText page = ocr.read(file, i + 1, deadline);
                texts.add(page.text());
                read.add(page.page());
            } finally {
                Files.deleteIfExists(file);
            }
        }
        return document(DocumentFormat.PDF, texts, read);
    }

    ExtractedDocument readImage(byte[] content, Deadline deadline) {
        long[] size = dimensions(content);
        if (size[0] * size[1] > settings.maxImagePixels()) {
            throw IntakeProblems.imageTooLarge(size[0], size[1], settings.maxImagePixels());
        }
        if (!ocr.available()) {
            throw IntakeProblems.ocrUnavailable();
        }
        Path file = null;
        try {
            file = Files.createTempFile("intake-photo-", (content[0] & 0xFF) == 0x89 ? ".png" : ".jpg");
            Files.write(file, content);
            TesseractOcr.PageText page = ocr.read(file, 1, deadline);
            return document(DocumentFormat.IMAGE, List.of(page.text()), List.of(page.page()));
        } catch (IOException e) {
            throw IntakeProblems.ocrFailed();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static final java.util.regex.Pattern OCR_ONE = java.util.regex.Pattern.compile("(?m)^[lLI|](?=[.)]\\s)");
    private static final java.util.regex.Pattern DECIMAL_TWO = java.util.regex.Pattern.compile("(?m)^2[.)]\\s");

    private static ExtractedDocument document(DocumentFormat format, List<String> pages, List<OcrPage> read) {
        String text = String.join("\n\n", pages);
        // OCR reads a "1." at the start of a line as "l." or "L." often; when "2." follows it was a one
        if (DECIMAL_TWO.matcher(text).find()) {
            text = OCR_ONE.matcher(text).replaceAll("1");
        }
        List<Paragraph> paragraphs = TextSegmenter.segment(text);
        return new ExtractedDocument(format, paragraphs, null, null, read, pages);
    }

    /** Width and height from the image's header, without decoding its pixels. */
    private static long[] dimensions(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw IntakeProblems.corrupt("De afbeelding");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new long[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof nl.adviestracker.shared.ProblemException p) {
                throw p;
            }
            throw IntakeProblems.corrupt("De afbeelding");
        }
    }
}
