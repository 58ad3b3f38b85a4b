package nl.adviestracker.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A letter answering an advice of many points one by one, long enough to run over several pages; every
 * fifth point is not adopted, with its reason printed after the text.
 */
final class LongLetter {

    static final String SUBJECT = "ASDG advies over de Wmo-verordening 2026";

    private LongLetter() {}

    static LetterModel model(int points) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            labels.add(String.valueOf(i));
        }
        LetterModel.Builder letter = LetterModel.builder()
                .advisoryBody("Adviesgroep Sociaal Domein Groningen")
                .attention("D. Brouns")
                .addressLines("Postbus 30026", "9700 RM GRONINGEN")
                .department("DMO Beleid")
                .subject(SUBJECT)
                .phone("(050) 367 51 67")
                .theirLetterDate(LocalDate.of(2025, 9, 15))
                .opening("Op 15 september 2025 hebt u ons uit eigen beweging advies gegeven over de Wmo-verordening "
                        + "2026. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op de "
                        + points + " punten van uw advies.")
                .closing("Wij danken u nogmaals dat u uit eigen beweging met ons hebt meegedacht.")
                .signatory("burgemeester", "Koen Schuiling")
                .signatory("secretaris", "Christien Bronda");
        for (String label : labels) {
            int n = Integer.parseInt(label);
            boolean notAdopted = n % 5 == 0;
            letter.response(LetterModel.ResponseEntry.covering(
                    labels,
                    List.of(label),
                    "U vraagt ons in artikel " + n + " van de verordening de termijn voor een melding te verkorten",
                    notAdopted
                            ? "Dit advies nemen wij niet over."
                            : "Dit advies nemen wij over. De verordening wordt op dit punt aangepast, en in de "
                                    + "uitvoering letten wij erop dat inwoners tijdig horen wat zij kunnen verwachten.",
                    notAdopted
                            ? "De wettelijke termijn van zes weken biedt de ruimte die een zorgvuldig gesprek met de "
                                    + "inwoner vraagt"
                            : null));
        }
        return letter.build();
    }
}
