package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test: a reply to an advice of 40 points, answered one by one, runs over three pages and more; it
 * reads the same in HTML, PDF and DOCX (see forty-point-letter.approved.txt), and every PDF page carries the
 * footer with its own page number, the page count and the subject.
 */
class FortyPointLetterTest {

    private static final String APPROVED = "forty-point-letter";

    private static LetterModel letter;
    private static String html;
    private static byte[] pdf;
    private static byte[] docx;

    @BeforeAll
    static void render() {
        var renderer = new LetterRenderer();
        letter = LongLetter.model(40);
        html = renderer.html(letter);
        pdf = renderer.pdf(letter);
        docx = renderer.docx(letter);
    }

    @Test
    void htmlReadsAsApproved() {
        Approvals.verifyParagraphs(APPROVED, "html", ReadBack.htmlParagraphs(html));
    }

    @Test
    void pdfReadsAsApproved() {
        Approvals.verifyRunningText(
                APPROVED,
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(
                        paragraphs, letter.signatories().size()),
                ReadBack.pdfBody(pdf));
    }

    @Test
    void docxReadsAsApproved() {
        Approvals.verifyParagraphs(APPROVED, "docx", ReadBack.docxParagraphs(docx));
    }

    @Test
    void thePdfRunsOverThreePagesOrMoreEachWithItsOwnPageNumberInTheFooter() {
        List<ReadBack.PdfPage> pages = ReadBack.pdfPages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= pages.size(); n++) {
            expected.add("Bladzijde " + n + " van " + pages.size() + " Onderwerp " + LongLetter.SUBJECT);
        }
        assertThat(pages).extracting(ReadBack.PdfPage::footer).containsExactlyElementsOf(expected);
        assertThat(pages).allSatisfy(page -> assertThat(page.body()).isNotBlank());
    }

    @Test
    void theDocxFooterCountsPagesWithWordsOwnFields() throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0)._getHdrFtr().xmlText())
                    .contains("w:instr=\"PAGE \\* MERGEFORMAT\"", "w:instr=\"NUMPAGES \\* MERGEFORMAT\"")
                    .contains(LongLetter.SUBJECT);
        }
    }
}
