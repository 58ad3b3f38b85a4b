package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A text is exactly as wide by the table as PDFBox says it is (the layout must not move by a point), and what
 * the table cannot measure is left to openhtmltopdf.
 */
class TextWidthsTest {

    private static PDDocument document;
    private static PDFont font;

    @BeforeAll
    static void liberationSans() throws IOException {
        document = new PDDocument();
        try (var in = TextWidthsTest.class.getResourceAsStream("/fonts/LiberationSans-Regular.ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            font = PDType0Font.load(document, ttf, true);
        }
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void aTextIsAsWideAsPdfboxSaysTheFirstTimeAndFromTheTable() throws IOException {
        String text =
                "Het college neemt het advies over – “zo snel mogelijk”, ca. € 1.250,- per jaar; één café, naïef.";
        var widths = new TextWidths();
        assertThat(widths.of(text, font)).isEqualTo(font.getStringWidth(text));
        assertThat(widths.of(text, font)).isEqualTo(font.getStringWidth(text));
        assertThat(widths.of("", font)).isEqualTo(font.getStringWidth(""));
    }

    @Test
    void aCharacterTheFaceLacksOrOneBeyondSixteenBitsIsNotMeasured() throws IOException {
        var widths = new TextWidths();
        assertThat(widths.of("advies 中", font)).isNaN();
        assertThat(widths.of("advies 𝄞", font)).isNaN();
        // and the characters it does have are measured as before
        assertThat(widths.of("advies", font)).isEqualTo(font.getStringWidth("advies"));
    }

    @Test
    void textIsDrawnWhetherTheTableKnowsAllItsCharactersOrNot() throws IOException {
        byte[] pdf = new PdfRenderer().render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Tekst</title>
                <meta name="subject" content="Tekst"/><style type="text/css">
                body { font-family: "Liberation Sans"; }
                </style></head><body><p>Het college neemt het advies over.</p><p>advies 中 over</p></body></html>
                """);
        try (PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            // the second paragraph's run with the character the face lacks goes to openhtmltopdf's own drawing
            assertThat(text).contains("Het college neemt het advies over.").containsPattern("(?m)^advies .*over\\s*$");
        }
    }
}
