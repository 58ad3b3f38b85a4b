package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterModelTest {

    @ParameterizedTest(name = "\"{0}\" + {1} -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # paraphrase                                           | reference      | opening sentence of the paragraph
            U vindt het belangrijk dat de doelen inzichtelijk zijn | punten 1 t/m 4 | U vindt het belangrijk dat de doelen inzichtelijk zijn (punten 1 t/m 4).
            U mist de bredere context.                             | punt 5         | U mist de bredere context (punt 5).
            De aanpak in Noord {punten} moet gestalte krijgen      | punt 7         | De aanpak in Noord (punt 7) moet gestalte krijgen.
            {punten} vraagt u om een reactie.                      | punt 2         | (punt 2) vraagt u om een reactie.
            Hoe weten we of het werkt?                             | punt 3         | Hoe weten we of het werkt (punt 3)?
            ''                                                     | punten 2 en 3  | Punten 2 en 3:
            """)
    void theParaphraseCarriesThePointReference(String paraphrase, String reference, String lead) {
        assertThat(new LetterModel.ResponseEntry(paraphrase, reference, "Tekst.").lead())
                .isEqualTo(lead);
    }

    @Test
    void aResponseParagraphIsTheLeadFollowedByTheText() {
        var entry = LetterModel.ResponseEntry.covering(
                SeedLetter.ADVICE_POINTS,
                java.util.List.of("4", "2", "1", "3"),
                "U vindt het belangrijk dat de definities, doelen en effecten goed inzichtelijk zijn",
                "Wanneer is iemand echt 'uit de armoede'?");
        assertThat(entry.paragraph())
                .isEqualTo("U vindt het belangrijk dat de definities, doelen en effecten goed "
                        + "inzichtelijk zijn (punten 1 t/m 4). Wanneer is iemand echt 'uit de armoede'?");
    }

    @Test
    void aDraftShowsNoDateAndNoReferenceOfOurs() {
        var view = LetterView.of(SeedLetter.model()).head();
        assertThat(view.date()).isEmpty();
        assertThat(view.ourReference()).isEmpty();
        assertThat(view.theirLetterDate()).isEqualTo("2 februari 2024");
        assertThat(view.theirReference()).isEqualTo("-");
        assertThat(view.attachments()).isEqualTo("-");
    }

    @Test
    void aSentLetterShowsItsDateInDutch() {
        var sent = LetterModel.builder()
                .advisoryBody("ASDG")
                .addressLines("Postbus 30026", "9700 RM GRONINGEN")
                .department("DMO Beleid")
                .subject("Advies")
                .opening("o")
                .closing("c")
                .date(LocalDate.of(2024, 3, 19))
                .ourReference("6543210")
                .attachments("Notitie", "Rapport")
                .build();
        var view = LetterView.of(sent).head();
        assertThat(view.date()).isEqualTo("19 maart 2024");
        assertThat(view.ourReference()).isEqualTo("6543210");
        assertThat(view.attachments()).isEqualTo("Notitie, Rapport");
        assertThat(view.attentionLine()).isEmpty();
        assertThat(sent.salutation()).isEqualTo("Geachte lezer,");
        assertThat(sent.greeting()).isEqualTo("Met vriendelijke groet,");
        assertThat(sent.signingBody()).isEqualTo("burgemeester en wethouders van Groningen,");
    }
}
