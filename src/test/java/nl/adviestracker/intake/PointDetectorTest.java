package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointDetectorTest {

    private final PointDetector detector = new PointDetector();

    private ProposedSplit detect(String text) {
        return detector.detect(new ExtractedDocument(DocumentFormat.TEXT, TextSegmenter.segment(text)));
    }

    private static List<String> labels(ProposedSplit split) {
        return split.points().stream().map(ProposedPoint::label).toList();
    }

    @Test
    void datesPostcodesPhoneNumbersYearsAndArticlesAreNotNumbering() {
        ProposedSplit split = detect("""
                Geachte college,

                14 maart 2024 spraken wij met inwoners over de regeling.

                9700 RM Groningen is het adres waar de brieven heen gaan.

                050 367 51 67 is het nummer dat inwoners nu bellen.

                2024 was een jaar met veel aanvragen.

                3.8 lid 3 van de verordening is onduidelijk.

                Art. 3.8 lid 3 moet worden herschreven.

                Met vriendelijke groet,
                """);
        assertThat(split.numberingFound()).isFalse();
        assertThat(split.message()).startsWith("Geen nummering gevonden");
        assertThat(split.points()).hasSize(6);
        assertThat(labels(split)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void numberingStylesGiveTheirLabels() {
        assertThat(labels(detect("Geachte college,\n\n1) Een.\n\n2) Twee.\n\nMet vriendelijke groet,")))
                .containsExactly("1", "2");
        assertThat(labels(detect("Geachte college,\n\n(1) Een.\n\n(2) Twee.\n\nMet vriendelijke groet,")))
                .containsExactly("1", "2");
        assertThat(labels(detect(
                        "Geachte college,\n\nVraag 1: Hoeveel?\n\nVraag 2: Wanneer?\n\nMet vriendelijke groet,")))
                .containsExactly("1", "2");
        assertThat(
                        labels(
                                detect(
                                        "Geachte college,\n\nAanbeveling 1 - Doe dit.\n\nAanbeveling 2 - Doe dat.\n\nMet vriendelijke groet,")))
                .containsExactly("1", "2");
        assertThat(labels(detect("Geachte college,\n\nA. Een.\n\nB. Twee.\n\nC. Drie.\n\nMet vriendelijke groet,")))
                .containsExactly("A", "B", "C");
        assertThat(
                        labels(
                                detect(
                                        "Geachte college,\n\n1. Toegang\n\n1.1 Wachttijd.\n\n1.2 Loket.\n\n2. Kosten.\n\nMet vriendelijke groet,")))
                .containsExactly("1", "1.1", "1.2", "2");
    }

    @Test
    void aNumberedListInTheIntroductionIsNotTakenForThePoints() {
        ProposedSplit split = detect("""
                Geachte college,

                Wij spraken met:
                1. ouders;
                2. jongeren.

                Advies 1: Zorg voor één loket.

                Advies 2: Verkort de wachttijd.

                Advies 3: Betrek jongeren.

                Met vriendelijke groet,
                """);
        assertThat(labels(split)).containsExactly("1", "2", "3");
        assertThat(split.points().get(0).text()).isEqualTo("Zorg voor één loket.");
        assertThat(split.introduction()).contains("1. ouders;");
    }

    @Test
    void aSkippedNumberIsBridgedAndReported() {
        ProposedSplit split = detect("Geachte college,\n\n1. Een.\n\n2. Twee.\n\n4. Vier.\n\nMet vriendelijke groet,");
        assertThat(labels(split)).containsExactly("1", "2", "4");
        assertThat(split.warnings()).anyMatch(w -> w.contains("springt van 2 naar 4"));
    }

    @Test
    void aSectionHeadingBetweenPointsIsReportedNotAddedToAPoint() {
        ProposedSplit split = detect("""
                Geachte college,

                Toegang

                1. Zorg voor één loket.

                2. Verkort de wachttijd.

                Kosten

                3. Verlaag de eigen bijdrage.

                Met vriendelijke groet,
                """);
        assertThat(split.points())
                .extracting(ProposedPoint::text)
                .containsExactly("Zorg voor één loket.", "Verkort de wachttijd.", "Verlaag de eigen bijdrage.");
        assertThat(split.introduction()).isEqualTo("Toegang");
        assertThat(split.warnings()).anyMatch(w -> w.contains("\"Kosten\""));
    }

    @Test
    void hardWrappedTextKeepsNumbersInsideSentences() {
        ProposedSplit split = detect("""
                Geachte college,

                1. Zorg dat clienten bij de overgang naar een nieuwe aanbieder op 1 januari
                2025 hun eigen hulp kunnen houden, als die hulp overstapt naar de nieuwe
                aanbieder.
                2. Evalueer de inkoop na een jaar, samen met de adviesgroep en met de
                cliënten zelf.

                Met vriendelijke groet,
                """);
        assertThat(split.points())
                .extracting(ProposedPoint::text)
                .containsExactly(
                        "Zorg dat clienten bij de overgang naar een nieuwe aanbieder op 1 januari 2025 hun eigen hulp kunnen houden, "
                                + "als die hulp overstapt naar de nieuwe aanbieder.",
                        "Evalueer de inkoop na een jaar, samen met de adviesgroep en met de cliënten zelf.");
    }

    @Test
    void metadataFromTheLetterhead() {
        ProposedSplit split = detect("""
                Adviesgroep Sociaal Domein Groningen
                Postbus 30026
                9700 RM Groningen

                Datum Uw brief van 2 februari 2024 Uw kenmerk -
                Ons kenmerk ASDG/2024/5  Bijlage(n) -
                Groningen, 1 maart 2024
                Betreft: advies armoede

                Geachte lezer,

                1. Een.
                2. Twee.

                Hoogachtend,
                J. Jansen
                """);
        assertThat(split.metadata())
                .isEqualTo(new LetterMetadata(LocalDate.of(2024, 3, 1), "ASDG/2024/5", "advies armoede"));
        assertThat(split.warnings()).isEmpty();
    }

    @Test
    void aSentenceBrokenByAPageBreakStaysOneParagraphAndAWrappedSubjectIsJoined() {
        ProposedSplit split = detect("""
                Afdeling DMO Beleid
                Onderwerp ASDG advies op het concept uitvoeringsprogramma
                Brede aanpak armoede

                Geachte lezer,

                Wij waarderen alle

                activiteiten op dezelfde manier.

                Een tweede alinea.

                Met vriendelijke groet,
                """);
        assertThat(split.metadata().subject())
                .isEqualTo("ASDG advies op het concept uitvoeringsprogramma Brede aanpak armoede");
        assertThat(split.points())
                .extracting(ProposedPoint::text)
                .containsExactly("Wij waarderen alle activiteiten op dezelfde manier.", "Een tweede alinea.");
    }

    @Test
    void emptyBodyGivesNoPoints() {
        ProposedSplit split = detect("Geachte college,\n\nMet vriendelijke groet,\nJ. Jansen");
        assertThat(split.points()).isEmpty();
        assertThat(split.message()).isEqualTo("Er is geen adviestekst gevonden.");
    }
}
