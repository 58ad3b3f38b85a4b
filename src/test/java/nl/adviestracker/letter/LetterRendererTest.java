package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void aLongerLetterNumbersEveryPageOfAll() {
        var seed = SeedLetter.model();
        var responses = new ArrayList<LetterModel.ResponseEntry>();
        for (int i = 0; i < 3; i++) {
            responses.addAll(seed.responses());
        }
        var longer = new LetterModel(
                seed.advisoryBody(),
                seed.attention(),
                seed.addressLines(),
                seed.department(),
                seed.subject(),
                seed.phone(),
                seed.attachments(),
                seed.ourReference(),
                seed.date(),
                seed.theirLetterDate(),
                seed.theirReference(),
                seed.salutation(),
                seed.opening(),
                responses,
                seed.closing(),
                seed.greeting(),
                seed.signingBody(),
                seed.signatories(),
                seed.draft());

        List<ReadBack.PdfPage> pages = ReadBack.pdfPages(renderer.pdf(longer));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        int total = pages.size();
        for (int n = 1; n <= total; n++) {
            assertThat(pages.get(n - 1).footer())
                    .isEqualTo("Bladzijde " + n + " van " + total + " Onderwerp " + SeedLetter.SUBJECT);
        }
    }

    @Test
    void oneRendererServesSeveralThreads() throws Exception {
        byte[] expected = renderer.pdf(SeedLetter.model());
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> renderer.pdf(SeedLetter.model())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warmUpRendersATinyPdf() throws Exception {
        var pdf = new PdfRenderer();
        pdf.warmUp();
        byte[] bytes = pdf.render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Hallo</title>
                <meta name="subject" content="Groet"/></head><body><p>Hallo</p></body></html>""");
        try (var doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        // no font-family given: the text still shows, in the embedded Liberation Sans
        assertThat(ReadBack.pdfPages(bytes).get(0).body()).isEqualTo("Hallo");
        renderer.warmUp();
    }
}
