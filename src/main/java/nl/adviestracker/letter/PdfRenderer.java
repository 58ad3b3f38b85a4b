package nl.adviestracker.letter;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns letter XHTML into an A4 PDF with openhtmltopdf, with Liberation Sans embedded. The PDF is
 * tagged for accessibility (PDF/UA mode), which wants a {@code <title>}, {@code lang} and a
 * {@code <meta name="subject">} in the document.
 *
 * <p>The font files are read once, and font metrics are kept between documents, so only the first
 * letter pays for them: call {@link #warmUp()} at start-up. A renderer can be shared between threads;
 * each document gets its own openhtmltopdf builder.
 */
public final class PdfRenderer {

    /** The font family the print stylesheet asks for. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private static final String PRODUCER = "Adviestracker";

    private record Face(String file, int weight, FontStyle style) {
    }

    private record LoadedFace(byte[] bytes, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final List<LoadedFace> faces;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    public PdfRenderer() {
        this.faces = FACES.stream().map(f -> new LoadedFace(readFont(f.file()), f.weight(), f.style())).toList();
    }

    /** Renders a well-formed XHTML document to PDF. */
    public byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        // tagged, accessible PDF; also keeps openhtmltopdf from setting up the non-embedded standard fonts
        builder.usePdfUaAccessibility(true);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        for (LoadedFace face : faces) {
            // also the final fallback: text in a family nobody registered still shows, in Liberation Sans
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(),
                    true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
        }
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                makeReproducible(pdf, xhtml);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The same letter gives the same bytes: no creation time from the clock, and a document ID derived
     * from the content instead of the time PDFBox would use.
     */
    private static void makeReproducible(PDDocument pdf, String xhtml) {
        pdf.getDocumentInformation().setCreationDate(null);
        pdf.getDocumentInformation().setModificationDate(null);
        byte[] id = Arrays.copyOf(sha256(xhtml), 16);
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Renders a small document once, so fonts, metrics and classes are ready before the first letter. */
    public void warmUp() {
        render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Opwarmen</title>
                <meta name="subject" content="Opwarmen van de PDF-renderer"/><style type="text/css">
                body { font-family: "Liberation Sans"; } b { font-weight: bold; } i { font-style: italic; }
                </style></head><body><p>Opwarmen <b>vet</b> <i>cursief <b>vet</b></i></p></body></html>
                """);
    }

    private static byte[] readFont(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
