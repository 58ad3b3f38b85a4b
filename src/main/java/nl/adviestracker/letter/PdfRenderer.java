package nl.adviestracker.letter;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns letter XHTML into an A4 PDF with openhtmltopdf, with Liberation Sans embedded. The PDF is
 * tagged for accessibility (PDF/UA mode), which wants a {@code <title>}, {@code lang} and a
 * {@code <meta name="subject">} in the document.
 *
 * <p>The font files are read once, and font metrics are kept between documents, so only the first
 * letter pays for them: call {@link #warmUp()} at start-up. A renderer can be shared between threads;
 * each document gets its own openhtmltopdf builder.
 *
 * <p>The fonts are loaded with glyph substitution (the OpenType GSUB table) switched off. PDFBox
 * would otherwise apply it to every run of text it draws, building regular expressions each time:
 * that was nine tenths of the time of a letter. Letters in Dutch need none of its features (the
 * layout already measures the text without them), so the result looks the same.
 *
 * <p>Parsed fonts and an XML parser are kept in a pool and lent to one document at a time (a parsed font
 * reads its tables lazily, and neither is safe for two threads), so a letter does not parse its fonts or
 * set up a parser again; the XHTML is parsed here and handed to openhtmltopdf as a DOM. The XML factories
 * openhtmltopdf and PDFBox's XMP writer ask for with every document are pinned to the implementation the
 * JAXP look-up finds, so the look-up does not scan every jar of the class path each time. The PDF/A and
 * PDF/UA metadata and the output intent are written by {@link ArchivalMetadata}, from a template, instead of
 * by openhtmltopdf with xmpbox. The stylesheet in the document's {@code <style>} element is parsed once per
 * kit and kept with it ({@link Kit.Styles}).
 */
public final class PdfRenderer {

    /** The font family the print stylesheet asks for. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private static final String PRODUCER = "Adviestracker";

    private record Face(String file, int weight, FontStyle style) {}

    private record LoadedFace(byte[] bytes, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final List<LoadedFace> faces;
    /** The widths of each face's characters, shared by all documents. */
    private final List<TextWidths> widths;

    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    /** Parsed fonts and XML parsers, each kit used by one document at a time. */
    private final Queue<Kit> kits = new ConcurrentLinkedQueue<>();

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
        pinXmlFactories();
        fastCompression();
    }

    /**
     * PDFBox compresses every stream it writes (each page, each font subset, the object streams) with zlib at
     * zlib's default level, 6, which was a sixth of a letter's CPU time, in native code that JFR's Java samples
     * do not show. Level 1 takes about half of that and makes a letter 5-7% larger (the seed letter 40.4 ->
     * 42.7 KB); what the streams hold is the same. PDFBox reads the level from a system property for every
     * stream, so it is set here, unless the operator has set it; PDFBox writes no other documents in this
     * service (intake only reads them).
     */
    private static void fastCompression() {
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, String.valueOf(Deflater.BEST_SPEED));
        }
    }

    /**
     * Every document makes a SAX parser (openhtmltopdf, for the XHTML) and a transformer and a document
     * builder (PDFBox, for the XMP metadata); without a system property naming the implementation, JAXP
     * looks for one in every jar on the class path each time. The property is set to what that look-up
     * finds, once, so nothing changes but the time; one set by the operator is left alone.
     */
    private static void pinXmlFactories() {
        pin(
                SAXParserFactory.class.getName(),
                () -> SAXParserFactory.newInstance().getClass());
        pin(
                DocumentBuilderFactory.class.getName(),
                () -> DocumentBuilderFactory.newInstance().getClass());
        pin(
                TransformerFactory.class.getName(),
                () -> TransformerFactory.newInstance().getClass());
    }

    private static void pin(String property, java.util.function.Supplier<Class<?>> implementation) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, implementation.get().getName());
        }
    }

    public PdfRenderer() {
        this.faces = FACES.stream()
                .map(f -> new LoadedFace(readFont(f.file()), f.weight(), f.style()))
                .toList();
        this.widths = faces.stream().map(f -> new TextWidths()).toList();
    }

    /** Renders a well-formed XHTML document to PDF. */
    public byte[] render(String xhtml) {
        return render(xhtml, null);
    }

    /**
     * Renders a well-formed XHTML document to PDF, with a watermark (for a draft: "CONCEPT") drawn large
     * and light grey across every page behind the text, or none when null.
     */
    public byte[] render(String xhtml, String watermark) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        // tagged, accessible PDF; also keeps openhtmltopdf from setting up the non-embedded standard fonts
        builder.usePdfUaAccessibility(true);
        // for the archive: PDF/A-2u (Unicode text), with the sRGB output intent the colours refer to
        // (the metadata and the output intent PDF/A asks for are written by ArchivalMetadata, not by openhtmltopdf)
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        Kit kit = borrowKit();
        builder.withW3cDocument(kit.parse(xhtml), null);
        builder.useNamespaceHandler(kit.new Styles());
        TrueTypeFont[] fonts = kit.fonts;
        try (PDDocument pdf = new PDDocument()) {
            builder.usePDDocument(pdf);
            List<FaceForDocument> documentFaces = new ArrayList<>(faces.size());
            for (int i = 0; i < faces.size(); i++) {
                documentFaces.add(new FaceForDocument(pdf, faces.get(i), fonts, i));
            }
            documentFaces.forEach(face -> builder.useFont(face, FONT_FAMILY, face.weight(), face.style(), true));
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                ArchivalMetadata archival = ArchivalMetadata.replaceOpenhtmltopdfs(renderer);
                renderer.getSharedContext().setTextRenderer(new TextWidths.Measuring(font -> {
                    for (int i = 0; i < documentFaces.size(); i++) {
                        if (documentFaces.get(i).supplied(font)) {
                            return widths.get(i);
                        }
                    }
                    return null;
                }));
                // also the final fallback: text in a family nobody registered still shows, in Liberation Sans
                for (FaceForDocument face : documentFaces) {
                    renderer.getFontResolver()
                            .addFont(
                                    face,
                                    FONT_FAMILY,
                                    face.weight(),
                                    face.style() == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL,
                                    true,
                                    FontGroup.FINAL_FALLBACK);
                }
                renderer.layout();
                renderer.createPDFKeepOpen();
                if (watermark != null) {
                    Watermark.draw(pdf, watermark, documentFaces.get(1).supply());
                }
                makeReproducible(pdf, archival, xhtml + (watermark == null ? "" : watermark));
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter PDF", e);
        } finally {
            kits.add(kit);
        }
        return out.toByteArray();
    }

    /**
     * The same letter gives the same bytes: no creation time from the clock, and a document ID derived
     * from the content instead of the time PDFBox would use.
     */
    private static void makeReproducible(PDDocument pdf, ArchivalMetadata archival, String xhtml) {
        pdf.getDocumentInformation().setCreationDate(null);
        pdf.getDocumentInformation().setModificationDate(null);
        archival.writeXmp(pdf.getDocumentInformation());
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

    /** A kit no other document uses now. */
    private Kit borrowKit() {
        Kit kit = kits.poll();
        return kit != null ? kit : new Kit(faces.size());
    }

    /**
     * What one document needs and need not make afresh: the parsed fonts (a face not yet parsed is null),
     * an XML parser set up as openhtmltopdf sets up its own (namespaces, no validation, no external
     * entities or DTDs) and the parsed stylesheets of the documents' {@code <style>} elements.
     */
    private static final class Kit {

        private static final DocumentBuilderFactory FACTORY = factory();

        /** More different stylesheets than the letters and reports have: the oldest is forgotten. */
        private static final int STYLESHEETS = 8;

        final TrueTypeFont[] fonts;
        private final DocumentBuilder parser;
        /** Parsed stylesheets by their text, used by one document at a time like the rest of the kit. */
        private final Map<String, Stylesheet> stylesheets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stylesheet> eldest) {
                return size() > STYLESHEETS;
            }
        };

        Kit(int faces) {
            this.fonts = new TrueTypeFont[faces];
            try {
                this.parser = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("no XML parser", e);
            }
            parser.setEntityResolver(com.openhtmltopdf.resource.FSEntityResolver.instance());
            parser.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
        }

        Document parse(String xhtml) {
            try {
                return parser.parse(new InputSource(new java.io.StringReader(xhtml)));
            } catch (SAXException | IOException e) {
                throw new IllegalArgumentException("letter XHTML is not well-formed: " + e.getMessage(), e);
            }
        }

        /**
         * openhtmltopdf's XHTML handling, except that the stylesheet of a {@code <style>} element is parsed
         * once per kit instead of once per document (every letter carries the same print stylesheet, and
         * parsing it was a twentieth of a letter's time). The parsed sheet goes to openhtmltopdf as a sheet
         * it need not load (it parses every inline sheet it is given as text); its address is a name, as
         * nothing in it refers to another file.
         */
        final class Styles extends XhtmlNamespaceHandler {

            @Override
            protected StylesheetInfo readStyleElement(Element style) {
                StylesheetInfo inline = super.readStyleElement(style);
                if (inline == null) {
                    return null;
                }
                String css = inline.getContent();
                Stylesheet sheet = stylesheets.get(css);
                if (sheet == null) {
                    sheet = parseStylesheet(css);
                    stylesheets.put(css, sheet);
                }
                StylesheetInfo parsed = new StylesheetInfo();
                parsed.setMedia(style.getAttribute("media"));
                parsed.setType(style.getAttribute("type"));
                parsed.setTitle(style.getAttribute("title"));
                parsed.setOrigin(StylesheetInfo.AUTHOR);
                parsed.setUri(sheet.getURI());
                parsed.setStylesheet(sheet);
                return parsed;
            }

            private Stylesheet parseStylesheet(String css) {
                String uri = "urn:adviestracker:letter-style";
                var parser = new CSSParser((where, message) -> XRLog.log(
                        java.util.logging.Level.WARNING,
                        LogMessageId.LogMessageId2Param.CSS_PARSE_GENERIC_MESSAGE,
                        where,
                        message));
                try {
                    return parser.parseStylesheet(uri, StylesheetInfo.AUTHOR, new java.io.StringReader(css));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read a stylesheet from a string", e);
                }
            }
        }

        private static DocumentBuilderFactory factory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            try {
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("XML parser without the expected features", e);
            }
            return factory;
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

    /** Loads a face into the document the first time text asks for it: most letters use two of the four. */
    private static final class FaceForDocument extends PDFontSupplier {

        private final PDDocument document;
        private final LoadedFace face;
        private final TrueTypeFont[] parsed;
        private final int index;
        private PDType0Font loaded;

        FaceForDocument(PDDocument document, LoadedFace face, TrueTypeFont[] parsed, int index) {
            super(null);
            this.document = document;
            this.face = face;
            this.parsed = parsed;
            this.index = index;
        }

        int weight() {
            return face.weight();
        }

        FontStyle style() {
            return face.style();
        }

        /** Whether this is the font this face gave the document. */
        boolean supplied(PDFont font) {
            return loaded != null && loaded == font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    if (parsed[index] == null) {
                        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                        font.setEnableGsub(false);
                        parsed[index] = font;
                    }
                    // this variant of load leaves the parsed font open when the document closes
                    loaded = PDType0Font.load(document, parsed[index], true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load letter font", e);
                }
            }
            return loaded;
        }
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
