package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void theSameLetterGivesTheSameBytes() {
        var letter = SeedLetter.model();
        assertThat(renderer.html(letter)).isEqualTo(renderer.html(SeedLetter.model()));
        assertThat(renderer.pdf(letter)).isEqualTo(renderer.pdf(SeedLetter.model()));
        assertThat(renderer.docx(letter)).isEqualTo(renderer.docx(SeedLetter.model()));
    }

    @Test
    void warmUpRendersATinyPdf() throws Exception {
        var pdf = new PdfRenderer();
        pdf.warmUp();
        byte[] bytes = pdf.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hallo</p></body></html>""");
        try (var doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        renderer.warmUp();
    }
}
