package nl.adviestracker.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Bounds on what a document may cost to read, checked before the parsers see it: a small file can
 * inflate to gigabytes (a zip bomb, a PDF content stream of 2 GB of spaces) or describe an image of
 * 20,000 × 20,000 pixels. Compressed parts are inflated as a stream and counted, never held, so a
 * hostile document costs the time to inflate the limit (well under a second), not to inflate the bomb.
 * A PDF's streams are counted by {@link PdfStreamBudget} before PDFBox opens it.
 */
final class ReadLimits {

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ReadLimits() {}

    /** The parts of a Word document together inflate to at most {@code limit} bytes. */
    static void checkZip(byte[] content, long limit, String what) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw IntakeProblems.inflatesTooLarge(what, limit);
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw IntakeProblems.inflatesTooLarge(what, limit);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not readable as a plain zip stream: POI decides whether it is broken
        }
    }

    /**
     * Every image of the PDF has at most {@code maxPixels} pixels, read from its dictionary, not decoded. What
     * the other streams inflate to was counted before the PDF was parsed ({@link PdfStreamBudget}).
     */
    static void checkImages(PDDocument pdf, long maxPixels) throws IOException {
        for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
            COSObject object = pdf.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                int width = stream.getInt(COSName.WIDTH, 0);
                int height = stream.getInt(COSName.HEIGHT, 0);
                if ((long) width * height > maxPixels) {
                    throw IntakeProblems.imageTooLarge(width, height, maxPixels);
                }
            }
        }
    }
}
