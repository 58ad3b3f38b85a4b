package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response that does not adopt the advice gives its reason in the letter (Awb 3:50): after the text
 * when the text does not already say it, in HTML, PDF and DOCX alike.
 */
class DepartureLetterTest {

    static final String REASON =
            "De wettelijke termijn van zes weken biedt de ruimte die een zorgvuldig gesprek met de inwoner vraagt";

    static LetterModel notAdopted() {
        return LetterModel.builder()
                .advisoryBody("Adviesgroep Sociaal Domein Groningen")
                .addressLines("Postbus 30026", "9700 RM GRONINGEN")
                .department("DMO Beleid")
                .subject("ASDG advies over de meldingstermijn")
                .theirLetterDate(java.time.LocalDate.of(2025, 3, 4))
                .opening("Op 4 maart 2025 hebt u ons uit eigen beweging advies gegeven over de meldingstermijn.")
                .response(LetterModel.ResponseEntry.covering(
                        List.of("1", "2"),
                        List.of("1"),
                        "U vraagt de termijn voor een melding te verkorten",
                        "Dit advies nemen wij niet over.",
                        REASON))
                .response(LetterModel.ResponseEntry.covering(
                        List.of("1", "2"),
                        List.of("2"),
                        "U vraagt om een folder",
                        "Die komt er. Wij vinden het niet nodig, omdat de website volstaat, maar doen het toch.",
                        "omdat de website volstaat"))
                .closing("Wij danken u nogmaals dat u uit eigen beweging met ons hebt meegedacht.")
                .signatory("burgemeester", "Koen Schuiling")
                .build();
    }

    @Test
    void theReasonFollowsTheTextInEveryFormatAndIsNotRepeatedWhenTheTextSaysIt() {
        var renderer = new LetterRenderer();
        LetterModel letter = notAdopted();
        Approvals.verifyParagraphs("not-adopted-letter", "html", ReadBack.htmlParagraphs(renderer.html(letter)));
        Approvals.verifyParagraphs("not-adopted-letter", "docx", ReadBack.docxParagraphs(renderer.docx(letter)));
        Approvals.verifyRunningText(
                "not-adopted-letter",
                "pdf",
                paragraphs -> ReadBack.signatoriesReadAcross(paragraphs, 1),
                ReadBack.pdfBody(renderer.pdf(letter)));
        assertThat(ReasonsInLetter.missing(letter, renderer.html(letter))).isEmpty();
    }

    @Test
    void aTemplateThatLeavesTheReasonOutIsFoundOut(@TempDir Path templates) throws Exception {
        Path source = Path.of("letters");
        Files.createDirectories(templates.resolve("partials"));
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path reply = templates.resolve("reply.hbs");
        Files.writeString(
                reply,
                Files.readString(reply).replace("{{#if reason}} <span class=\"reason\">{{reason}}</span>{{/if}}", ""));
        var renderer = new LetterRenderer(new LetterTemplates(templates), new PdfRenderer(), new DocxRenderer());
        LetterModel letter = notAdopted();

        assertThat(ReasonsInLetter.missing(letter, renderer.html(letter)))
                .extracting(LetterModel.ResponseEntry::pointReference)
                .containsExactly("punt 1");
    }
}
