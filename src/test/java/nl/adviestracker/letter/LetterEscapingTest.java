package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text typed by users is printed as typed: never markup, never template source. */
class LetterEscapingTest {

    private static final String SCRIPT = "<script>alert(\"x\")</script>";
    private static final String MUSTACHE = "{{foo}} {{subject}} {{> partials/footer}} {{{stylesheet}}}";
    private static final String TEXT = "Zie " + SCRIPT + " en " + MUSTACHE + " & <b>vet</b> a=b 'c' `d`.";

    private static LetterModel letter;
    private static LetterRenderer renderer;

    @BeforeAll
    static void setUp() {
        renderer = new LetterRenderer();
        letter = LetterModel.builder()
                .advisoryBody("Raad <i>&</i> {{advisoryBody}}")
                .attention("A. {{attention}}")
                .addressLines("Postbus 1 <br/>", "9700 AA GRONINGEN")
                .department("DMO")
                .subject("Advies over {{subject}} & <script>")
                .date(LocalDate.of(2024, 3, 1))
                .opening("Opening " + MUSTACHE)
                .response(LetterModel.ResponseEntry.covering(
                        List.of("1", "2"), List.of("1"), "U schrijft {{foo}} {punten} & meer", TEXT))
                .closing("Slot " + SCRIPT)
                .signatory("burgemeester", "K. <Schuiling>")
                .build();
    }

    @Test
    void htmlShowsTheTextLiterallyAndStaysWellFormed() throws Exception {
        String html = renderer.html(letter);
        var doc = Jsoup.parse(html);
        assertThat(doc.select("script, b, i, br")).isEmpty();
        assertThat(doc.body().text())
                .contains(
                        TEXT,
                        "Opening " + MUSTACHE,
                        "Slot " + SCRIPT,
                        "U schrijft {{foo}} (punt 1) & meer.",
                        "Advies over {{subject}} & <script>",
                        "K. <Schuiling>");
        assertThat(html).contains("&lt;script&gt;").doesNotContain(SCRIPT);
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfShowsTheTextLiterally() {
        // lines may wrap anywhere (after "partials/"), so spaces are left out of the comparison
        String text = withoutSpace(String.join(
                " ",
                ReadBack.pdfPages(renderer.pdf(letter)).stream()
                        .map(p -> p.body() + " " + p.footer())
                        .toList()));
        assertThat(text)
                .contains(
                        withoutSpace(TEXT),
                        withoutSpace("Opening " + MUSTACHE),
                        withoutSpace("Slot " + SCRIPT),
                        withoutSpace("K. <Schuiling>"),
                        withoutSpace("Advies over {{subject}} & <script>"));
    }

    private static String withoutSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void docxShowsTheTextLiterally() {
        List<String> paragraphs = ReadBack.docxParagraphs(renderer.docx(letter));
        assertThat(paragraphs)
                .contains(
                        "U schrijft {{foo}} (punt 1) & meer. " + TEXT,
                        "Opening " + MUSTACHE,
                        "Slot " + SCRIPT,
                        "K. <Schuiling>",
                        "Raad <i>&</i> {{advisoryBody}}");
    }
}
