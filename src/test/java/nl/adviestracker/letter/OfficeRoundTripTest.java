package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX opens in a real office suite as it was meant: LibreOffice (headless) turns it into a PDF, whose
 * text and page count are compared with our own PDF of the same letter. Equal for the seed letter; within
 * one page for a 40-point letter, where the two layout engines may break a page at another line.
 *
 * <p>CI installs LibreOffice ({@code .ci/run}: libreoffice-writer-nogui, fonts-liberation); on a machine
 * without {@code soffice} the tests are skipped, saying so.
 */
class OfficeRoundTripTest {

    @TempDir
    static Path work;

    private static final LetterRenderer renderer = new LetterRenderer();

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(
                soffice() != null,
                "LibreOffice (soffice) is not installed here: apt-get install libreoffice-writer-nogui fonts-liberation;"
                        + " CI installs it");
    }

    @Test
    void theSeedLetterReadsTheSameAndHasAsManyPagesInLibreOffice() throws Exception {
        LetterModel letter = SeedLetter.model();
        byte[] ours = renderer.pdf(letter);
        byte[] office = throughLibreOffice("seed", renderer.docx(letter));

        assertThat(ReadBack.pdfBody(office)).isEqualTo(ReadBack.pdfBody(ours));
        assertThat(pages(office)).isEqualTo(pages(ours));
        assertThat(ReadBack.pdfPages(office))
                .extracting(ReadBack.PdfPage::footer)
                .containsExactlyElementsOf(ReadBack.pdfPages(ours).stream()
                        .map(ReadBack.PdfPage::footer)
                        .toList());
    }

    @Test
    void aFortyPointLetterReadsTheSameWithinOnePageInLibreOffice() throws Exception {
        LetterModel letter = LongLetter.model(40);
        byte[] ours = renderer.pdf(letter);
        byte[] office = throughLibreOffice("forty", renderer.docx(letter));

        assertThat(ReadBack.normalise(bodyWithoutPageBreaks(office)))
                .isEqualTo(ReadBack.normalise(bodyWithoutPageBreaks(ours)));
        assertThat(Math.abs(pages(office) - pages(ours)))
                .as("LibreOffice %d pages, ours %d", pages(office), pages(ours))
                .isLessThanOrEqualTo(1);
        List<ReadBack.PdfPage> officePages = ReadBack.pdfPages(office);
        for (int n = 1; n <= officePages.size(); n++) {
            assertThat(officePages.get(n - 1).footer())
                    .isEqualTo("Bladzijde " + n + " van " + officePages.size() + " Onderwerp " + LongLetter.SUBJECT);
        }
    }

    /** The body text of every page; where a page breaks does not matter for the words. */
    private static String bodyWithoutPageBreaks(byte[] pdf) {
        return ReadBack.pdfBody(pdf);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Converts with soffice in its own profile directory, so it neither needs nor touches a user's. */
    private static byte[] throughLibreOffice(String name, byte[] docx) throws Exception {
        Path in = work.resolve(name + ".docx");
        Files.write(in, docx);
        Path profile = work.resolve("profile");
        Process process = new ProcessBuilder(
                        soffice(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work.toString(),
                        in.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("soffice finished")
                .isTrue();
        Path out = work.resolve(name + ".pdf");
        assertThat(out)
                .as("soffice wrote a PDF: " + Files.readString(work.resolve(name + ".log")))
                .exists();
        Path keep = Path.of("target", "letters");
        Files.createDirectories(keep);
        Files.copy(out, keep.resolve(name + "-libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(out);
    }

    private static String soffice() {
        for (String candidate :
                List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
