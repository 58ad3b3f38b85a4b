package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The final letter is fit for the archive: PDF/A-2u as veraPDF checks it, with title, subject,
 * author (the municipality) and language in its metadata. A draft carries the CONCEPT watermark, the
 * final letter none.
 */
class ArchivalPdfTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theFinalSeedLetterPassesVeraPdfAsPdfA2u() throws Exception {
        assertCompliant(new LetterRenderer().pdf(SeedLetter.model()));
    }

    @Test
    void aFortyPointLetterPassesVeraPdfAsPdfA2u() throws Exception {
        assertCompliant(new LetterRenderer().pdf(LongLetter.model(40)));
    }

    @Test
    void theMetadataNameTitleSubjectAuthorAndLanguage() throws Exception {
        byte[] pdf = new LetterRenderer().pdf(SeedLetter.model());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(SeedLetter.SUBJECT);
            assertThat(info.getSubject()).contains("Adviesgroep Sociaal Domein Groningen", SeedLetter.SUBJECT);
            assertThat(info.getAuthor()).isEqualTo("Gemeente Groningen");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp)
                    .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>")
                    .contains("<rdf:li>nl</rdf:li>", "<rdf:li>Gemeente Groningen</rdf:li>");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void theMetadataSaysWhatTheDocumentInformationSaysWhateverTheCharacters() throws Exception {
        // markup characters, quotes, a carriage return, a C1 control character and one beyond 16 bits
        String title = "R&amp;D &lt;concept&gt; \"quoted\" 'single' café — ≥ 𝄞 x\u0085y";
        byte[] pdf = new PdfRenderer()
                .render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><title>" + title
                        + "</title><meta name=\"subject\" content=\"Over " + title.replace("\"", "&quot;")
                        + " &#13;\"/><meta name=\"author\" content=\"A &amp; B\"/>"
                        + "<meta name=\"keywords\" content=\"k1, k&lt;2\"/></head><body><p>Tekst</p></body></html>");
        assertCompliant(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("R&D <concept> \"quoted\" 'single' café — ≥ 𝄞 x\u0085y");
            var xmp = new DomXmpParser()
                    .parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(info.getSubject());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
        }
    }

    @Test
    void aDraftIsWatermarkedConceptOnEveryPageAndTheFinalLetterIsNot() {
        var renderer = new LetterRenderer();
        // the letters of CONCEPT, large, on every page
        assertThat(watermarksPerPage(renderer.pdf(SeedLetter.draft())))
                .containsOnly((long) LetterView.DRAFT_MARK.length());
        assertThat(watermarksPerPage(renderer.pdf(SeedLetter.model()))).containsOnly(0L);
    }

    private static List<Long> watermarksPerPage(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Long> counts = new java.util.ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                var large = new java.util.concurrent.atomic.AtomicLong();
                var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                        if (text.getFontSizeInPt() >= Watermark.FONT_SIZE / 2) {
                            large.incrementAndGet();
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                counts.add(large.get());
            }
            return counts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            System.out.println("veraPDF " + result.getPDFAFlavour() + ": compliant=" + result.isCompliant()
                    + ", failed rules " + failed);
            assertThat(failed).as("veraPDF failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
