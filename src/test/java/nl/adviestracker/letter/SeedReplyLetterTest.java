package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test: the seed letter (seed 004) rendered from its model must read exactly like the real
 * letter, paragraph by paragraph, in HTML, PDF and DOCX; see seed-letter.approved.txt.
 */
class SeedReplyLetterTest {

    private static final String APPROVED = "seed-letter";

    private static String html;
    private static byte[] pdf;
    private static byte[] docx;

    @BeforeAll
    static void render() {
        var renderer = new LetterRenderer();
        html = renderer.html(SeedLetter.model());
        pdf = renderer.pdf(SeedLetter.model());
        docx = renderer.docx(SeedLetter.model());
    }

    @Test
    void htmlReadsLikeTheSeedLetter() {
        Approvals.verifyParagraphs(APPROVED, "html", ReadBack.htmlParagraphs(html));
    }

    @Test
    void pointReferencesAreKeptOnOneLine() {
        assertThat(Jsoup.parse(html).select(".point-reference").eachText())
                .containsExactly("(punten 1 t/m 4)", "(punt 5)", "(punt 6)", "(punt 7)");
        assertThat(new LetterTemplates().stylesheet())
                .containsPattern("\\.point-reference \\{\\s+white-space: nowrap;");
    }

    @Test
    void htmlIsWellFormedXhtml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
    }

    @Test
    void pdfReadsLikeTheSeedLetter() {
        int signatories = SeedLetter.model().signatories().size();
        Approvals.verifyRunningText(
                APPROVED,
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, signatories),
                ReadBack.pdfBody(pdf));
    }

    @Test
    void everyPdfPageHasTheFooterWithPageNumberAndSubject() {
        List<ReadBack.PdfPage> pages = ReadBack.pdfPages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= pages.size(); n++) {
            expected.add("Bladzijde " + n + " van " + pages.size() + " Onderwerp " + SeedLetter.SUBJECT);
        }
        assertThat(pages).extracting(ReadBack.PdfPage::footer).containsExactlyElementsOf(expected);
    }

    @Test
    void pdfIsA4TaggedDutchWithEveryFontEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(SeedLetter.SUBJECT);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " is embedded")
                            .isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }
    }

    @Test
    void docxReadsLikeTheSeedLetter() {
        Approvals.verifyParagraphs(APPROVED, "docx", ReadBack.docxParagraphs(docx));
    }

    @Test
    void docxFooterHasPageFieldsAndSubject() throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getFooterList()).hasSize(1);
            XWPFFooter footer = doc.getFooterList().get(0);
            String xml = footer._getHdrFtr().xmlText();
            assertThat(xml).contains("w:instr=\"PAGE \\* MERGEFORMAT\"", "w:instr=\"NUMPAGES \\* MERGEFORMAT\"");
            XWPFTable table = footer.getTables().get(0);
            assertThat(ReadBack.rowText(table.getRow(0))).isEqualTo("Bladzijde 1 van 1");
            assertThat(ReadBack.rowText(table.getRow(1))).isEqualTo("Onderwerp " + SeedLetter.SUBJECT);
            var pageSize = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW()).hasToString("11906");
            assertThat(pageSize.getH()).hasToString("16838");
        }
    }

    private static org.assertj.core.data.Offset<Float> within(float delta) {
        return org.assertj.core.data.Offset.offset(delta);
    }
}
