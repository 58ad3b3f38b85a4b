package nl.adviestracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is proposed for redaction, and how the public text looks once staff accepted it. */
class ProposedRedactionsTest {

    @Test
    void findsKnownNamesEmailAddressesAndDutchPhoneNumbers() {
        List<ProposedRedactions.Found> found = ProposedRedactions.in(
                List.of(
                        "Neem contact op met Jan de Vries (j.devries@groningen.nl) of bel 06-12345678.",
                        "Het secretariaat: (050) 367 51 67, +31 (0)50 367 51 67 en 0031 6 1234 5678.",
                        "Jan de Vries schreef het eerder al."),
                List.of("Jan de Vries", "Doel", "Petra Bakker"));
        assertThat(found)
                .extracting(ProposedRedactions.Found::text, ProposedRedactions.Found::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("j.devries@groningen.nl", RedactionKind.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("06-12345678", RedactionKind.PHONE),
                        org.assertj.core.groups.Tuple.tuple("(050) 367 51 67", RedactionKind.PHONE),
                        org.assertj.core.groups.Tuple.tuple("+31 (0)50 367 51 67", RedactionKind.PHONE),
                        org.assertj.core.groups.Tuple.tuple("0031 6 1234 5678", RedactionKind.PHONE),
                        org.assertj.core.groups.Tuple.tuple("Jan de Vries", RedactionKind.NAME));
        assertThat(found.get(5).occurrences()).isEqualTo(2);
    }

    @Test
    void leavesOrdinaryWordsNumbersAndDatesAlone() {
        assertThat(ProposedRedactions.in(
                        List.of(
                                "Het doel is 2024-03-01 bereikt; 1200 huishoudens, artikel 3.8 lid 3, 0,5 fte.",
                                "Zie de nota van 12 maart (kenmerk 2024-0012345)."),
                        List.of("Doel", "Beheer")))
                .isEmpty();
    }

    @Test
    void handAddedTextsAreClassifiedByWhatTheyLookLike() {
        assertThat(ProposedRedactions.kindOf("info@example.org")).isEqualTo(RedactionKind.EMAIL);
        assertThat(ProposedRedactions.kindOf("050-3675167")).isEqualTo(RedactionKind.PHONE);
        assertThat(ProposedRedactions.kindOf("mevrouw Bakker")).isEqualTo(RedactionKind.NAME);
    }

    @Test
    void thePublicTextReplacesEveryAcceptedTextIgnoringCaseAndKeepsRejectedOnes() {
        PublicText text = PublicText.of(List.of(
                decision("Jan de Vries", RedactionKind.NAME, RedactionStatus.ACCEPTED),
                decision("j.devries@groningen.nl", RedactionKind.EMAIL, RedactionStatus.ACCEPTED),
                decision("(050) 367 51 67", RedactionKind.PHONE, RedactionStatus.REJECTED)));
        assertThat(text.apply("JAN DE VRIES (j.devries@groningen.nl) en Jan de Vriesland; bel (050) 367 51 67."))
                .isEqualTo("[naam] ([e-mailadres]) en Jan de Vriesland; bel (050) 367 51 67.");
        assertThat(text.apply(null)).isNull();
    }

    private static Redaction decision(String text, RedactionKind kind, RedactionStatus status) {
        return new Redaction(1L, 1L, text, kind, status, false, "beleid", Instant.EPOCH, 0);
    }
}
