package nl.adviestracker.letter;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The PDF/A-2u and PDF/UA entries of a PDF's catalog: the XMP metadata, mark info, language, the viewer's
 * preference for the title, and the sRGB output intent.
 *
 * <p>openhtmltopdf writes these itself (its {@code addPdfASchema}) with xmpbox, which builds its table of
 * property types by reflection for each of the eleven XMP objects it makes, and serialises them through a DOM
 * and an XSLT transformer; it also parses the ICC profile again. That was 14% of a letter's time in JFR. Its
 * renderer has no switch for that step alone (the same two settings also choose the tagging and PDF/A's rules
 * for images, which stay), so {@link #replaceOpenhtmltopdfs} turns the renderer's own copies of the two
 * settings off after it is built, and this listener makes the same entries at the same moment, in the same
 * order. The XMP is what xmpbox wrote, from a template; {@link #writeXmp} fills in the title, author, subject
 * and keywords of the document information once they are final.
 */
final class ArchivalMetadata implements PDFCreationListener {

    /** The two settings openhtmltopdf's renderer consults, and only, before writing its metadata. */
    private static final VarHandle PDF_A_CONFORMANCE = rendererField("_pdfAConformance", PdfAConformance.class);

    private static final VarHandle PDF_UA_CONFORMANCE = rendererField("_pdfUaConformance", boolean.class);

    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    /** The sRGB profile as PDFBox compresses it into every document, compressed once. */
    private static final byte[] SRGB_FLATE = flate(SRGB.getData());

    private PDMetadata metadata;

    private ArchivalMetadata() {}

    /**
     * Makes this class write the renderer's archival metadata instead of openhtmltopdf; the renderer must have
     * been built for PDF/A-2u and PDF/UA.
     */
    static ArchivalMetadata replaceOpenhtmltopdfs(PdfBoxRenderer renderer) {
        if (PDF_A_CONFORMANCE.get(renderer) != PdfAConformance.PDFA_2_U
                || !(boolean) PDF_UA_CONFORMANCE.get(renderer)) {
            throw new IllegalStateException("the renderer is not set up for PDF/A-2u and PDF/UA");
        }
        PDF_A_CONFORMANCE.set(renderer, PdfAConformance.NONE);
        PDF_UA_CONFORMANCE.set(renderer, false);
        var archival = new ArchivalMetadata();
        renderer.setListener(archival);
        return archival;
    }

    /** Before the first page is painted: where openhtmltopdf would make its entries. */
    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        PDDocument document = renderer.getPdfDocument();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        metadata = new PDMetadata(document);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMetadata(metadata);
        catalog.setMarkInfo(markInfo);
        String lang = renderer.getDocument().getDocumentElement().getAttribute("lang");
        catalog.setLanguage(!lang.isEmpty() ? lang : "EN-US");
        catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        catalog.getViewerPreferences().setDisplayDocTitle(true);
        catalog.addOutputIntent(outputIntent(document));
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {}

    /**
     * The XMP metadata, which must say what the document information says (PDF/A): title, author, subject,
     * keywords and producer; no dates (the document information has none either, so the same letter gives the
     * same bytes); Dutch as the language.
     */
    void writeXmp(PDDocumentInformation information) {
        var xmp = new StringBuilder(6 * 1024).append(XMP_HEAD);
        optional(xmp, "      <pdf:Keywords>", information.getKeywords(), "</pdf:Keywords>\n");
        optional(xmp, "      <pdf:Producer>", information.getProducer(), "</pdf:Producer>\n");
        xmp.append(XMP_DUBLIN_CORE);
        optional(xmp, XMP_CREATOR_HEAD, information.getAuthor(), XMP_CREATOR_TAIL);
        alternative(xmp, "title", information.getTitle());
        alternative(xmp, "description", information.getSubject());
        xmp.append(XMP_TAIL);
        try {
            metadata.importXMPMetadata(xmp.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
    }

    private static void optional(StringBuilder xmp, String head, String value, String tail) {
        if (value != null) {
            escape(xmp.append(head), value).append(tail);
        }
    }

    /** A language alternative with only the default, as xmpbox writes it (an empty one as an empty element). */
    private static void alternative(StringBuilder xmp, String property, String value) {
        if (value == null) {
            return;
        }
        xmp.append("      <dc:").append(property).append(">\n        <rdf:Alt>\n");
        if (value.isEmpty()) {
            xmp.append("          <rdf:li xml:lang=\"x-default\"/>\n");
        } else {
            escape(xmp.append("          <rdf:li xml:lang=\"x-default\">"), value)
                    .append("</rdf:li>\n");
        }
        xmp.append("        </rdf:Alt>\n      </dc:").append(property).append(">\n");
    }

    /**
     * Text as the JDK's XML serialiser (behind xmpbox) writes it in UTF-8: markup characters as entities, a
     * carriage return, C1 control characters and characters beyond the Basic Multilingual Plane as numbers.
     */
    static StringBuilder escape(StringBuilder xmp, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> xmp.append("&amp;");
                case '<' -> xmp.append("&lt;");
                case '>' -> xmp.append("&gt;");
                default -> {
                    if (c == '\r' || (c >= 0x7F && c <= 0x9F) || c > 0xFFFF) {
                        xmp.append("&#").append(c).append(';');
                    } else {
                        xmp.append((char) c);
                    }
                }
            }
        });
        return xmp;
    }

    /** The output intent PDF/A asks for: sRGB, which the colours of the letter refer to. */
    private static PDOutputIntent outputIntent(PDDocument document) {
        COSStream profile = document.getDocument().createCOSStream();
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(SRGB_FLATE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the colour profile", e);
        }
        profile.setInt(COSName.N, SRGB.getNumComponents());
        var dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        var intent = new PDOutputIntent(dictionary);
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private static byte[] flate(byte[] data) {
        var stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VarHandle rendererField(String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(PdfBoxRenderer.class, MethodHandles.lookup())
                    .findVarHandle(PdfBoxRenderer.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "openhtmltopdf's PdfBoxRenderer has no field " + name + ": see ArchivalMetadata", e);
        }
    }

    private static final String XMP_HEAD = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="">
                  <pdfaid:conformance>U</pdfaid:conformance>
                  <pdfaid:part>2</pdfaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="">
                  <pdf:PDFVersion>1.7</pdf:PDFVersion>
            """;

    private static final String XMP_DUBLIN_CORE = """
                </rdf:Description>
                <rdf:Description rdf:about="">
                  <dc:format>application/pdf</dc:format><dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>
            """;

    private static final String XMP_CREATOR_HEAD = "      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>";

    private static final String XMP_CREATOR_TAIL = """
            </rdf:li>
                    </rdf:Seq>
                  </dc:creator>
            """;

    private static final String XMP_TAIL = """
                </rdf:Description>
                <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
                  <pdfaExtension:schemas>
                    <rdf:Bag>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>Adobe PDF Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://ns.adobe.com/pdf/1.3/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdf</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>PDFVersion</pdfaProperty:name>
                              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>The PDF file version.</pdfaProperty:description>
                            </rdf:li>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>Keywords</pdfaProperty:name>
                              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                              <pdfaProperty:category>external</pdfaProperty:category>
                              <pdfaProperty:description>Keywords.</pdfaProperty:description>
                            </rdf:li>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>Producer</pdfaProperty:name>
                              <pdfaProperty:valueType>AgentName</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>The name of the tool that created the PDF document.</pdfaProperty:description>
                            </rdf:li>
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/A ID Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfa/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>part</pdfaProperty:name>
                              <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>Part of PDF/A standard</pdfaProperty:description>
                            </rdf:li>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>conformance</pdfaProperty:name>
                              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>Conformance level of PDF/A standard</pdfaProperty:description>
                            </rdf:li>
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>part</pdfaProperty:name>
                              <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                            </rdf:li>
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                    </rdf:Bag>
                  </pdfaExtension:schemas>
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta><?xpacket end="w"?>
            """;
}
