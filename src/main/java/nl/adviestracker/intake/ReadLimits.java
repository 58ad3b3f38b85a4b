package nl.adviestracker.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;
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
     * Every stream of the PDF but its images inflates to at most {@code limit} bytes together, and every
     * image has at most {@code maxPixels} pixels (read from its dictionary, not decoded).
     */
    static void checkPdf(PDDocument pdf, long limit, long maxPixels) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
            COSObject object = pdf.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (!(base instanceof COSStream stream)) {
                continue;
            }
            if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                long pixels = (long) stream.getInt(COSName.WIDTH, 0) * stream.getInt(COSName.HEIGHT, 0);
                if (pixels > maxPixels) {
                    throw IntakeProblems.imageTooLarge(
                            stream.getInt(COSName.WIDTH, 0), stream.getInt(COSName.HEIGHT, 0), maxPixels);
                }
                continue;
            }
            try (InputStream in = decoded(stream)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw IntakeProblems.inflatesTooLarge("De PDF", limit);
                    }
                }
            } catch (IOException e) {
                // a stream that does not decode is left to the text extraction, which skips or refuses it
            }
        }
    }

    /** Flate streams are inflated here as a stream; others through PDFBox's filters. */
    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filter = stream.getFilters();
        if (filter == null) {
            return stream.createRawInputStream();
        }
        if (COSName.FLATE_DECODE.equals(filter)
                || filter instanceof org.apache.pdfbox.cos.COSArray array
                        && array.size() == 1
                        && COSName.FLATE_DECODE.equals(array.getObject(0))) {
            return new InflaterInputStream(stream.createRawInputStream());
        }
        return stream.createInputStream();
    }
}
