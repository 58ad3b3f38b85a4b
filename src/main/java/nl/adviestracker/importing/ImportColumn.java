package nl.adviestracker.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, one row per point, with the Dutch header a spreadsheet shows. The
 * advice's columns repeat on every row of its points and are the same on each; {@code advies} groups them.
 */
public enum ImportColumn {
    ADVICE("advies", true, true, "ASDG-2007-01", "uw eigen kenmerk dat de rijen van één advies bijeenhoudt"),
    BODY("adviesorgaan", true, true, "ASDG", "afkorting of naam van het adviesorgaan, zoals in de tool"),
    SUBJECT("onderwerp", true, true, "Armoedebeleid 2007", "onderwerp van het advies"),
    KIND("soort advies", false, true, "gevraagd", "gevraagd of ongevraagd (leeg: ongevraagd)"),
    THEME("thema", false, true, "Armoede", "thema"),
    LETTER_DATE(
            "datum brief", false, true, "2007-03-01", "datum van de brief van het adviesorgaan (leeg: ontvangen op)"),
    RECEIVED("ontvangen op", true, true, "2007-03-05", "dag waarop het college het advies ontving"),
    DUE(
            "antwoord uiterlijk",
            false,
            true,
            "2007-04-16",
            "uiterste datum voor het antwoord (leeg: volgens de reactietermijn)"),
    SENT(
            "verzonden op",
            false,
            true,
            "2007-04-10",
            "dag waarop de antwoordbrief verzonden is (leeg: nog niet beantwoord)"),
    OUR_REFERENCE("ons kenmerk", false, true, "DMO-2007-12", "kenmerk van de antwoordbrief"),
    THEIR_REFERENCE("uw kenmerk", false, true, "ASDG/07/03", "kenmerk van de brief van het adviesorgaan"),
    DEPARTMENT("afdeling", false, true, "Afdeling DMO Beleid", "afdeling die het antwoord schreef"),
    POINT("punt", true, false, "1", "nummer van het punt: cijfers, letters, punten, streepjes (1, 2a, 3.1)"),
    POINT_TEXT("tekst punt", true, false, "Maak duidelijk wat armoede is.", "tekst van het punt"),
    POINT_KIND(
            "soort punt", false, false, "aanbeveling", "aanbeveling, vraag, observatie of verzoek (leeg: aanbeveling)"),
    STANCE("standpunt", false, false, "overgenomen", "standpunt van het college (leeg: niet beantwoord)"),
    RESPONSE("reactie", false, false, "Wij nemen dit over.", "tekst van de reactie"),
    REASON("reden", false, false, "", "reden; verplicht bij elk standpunt behalve overgenomen"),
    FOLLOW_UP("toezegging", false, false, "Definitie vastleggen in de nota.", "wat het college toezegde (leeg: geen)"),
    FOLLOW_UP_OWNER(
            "eigenaar toezegging",
            false,
            false,
            "Afdeling DMO Beleid",
            "afdeling die de toezegging uitvoert (leeg: afdeling)"),
    FOLLOW_UP_DUE("deadline toezegging", false, false, "2007-12-31", "uiterste datum van de toezegging"),
    FOLLOW_UP_STATUS(
            "status toezegging", false, false, "afgerond", "open, in uitvoering, afgerond of vervallen (leeg: open)"),
    FOLLOW_UP_EVIDENCE(
            "bewijs toezegging",
            false,
            false,
            "Nota armoede, raad 12-11-2007",
            "verplicht bij afgerond: het besluit of stuk dat het laat zien"),
    FOLLOW_UP_REASON("reden toezegging", false, false, "", "verplicht bij vervallen: waarom");

    private final String header;
    private final boolean required;
    private final boolean ofAdvice;
    private final String example;
    private final String meaning;

    ImportColumn(String header, boolean required, boolean ofAdvice, String example, String meaning) {
        this.header = header;
        this.required = required;
        this.ofAdvice = ofAdvice;
        this.example = example;
        this.meaning = meaning;
    }

    public String header() {
        return header;
    }

    /** The header must be in the file. Other columns may be left out. */
    public boolean required() {
        return required;
    }

    /** The column belongs to the advice: the same on every row of it. */
    public boolean ofAdvice() {
        return ofAdvice;
    }

    public String example() {
        return example;
    }

    public String meaning() {
        return meaning;
    }

    /** The column a header names: case, surrounding spaces and underscores for spaces do not matter. */
    public static Optional<ImportColumn> byHeader(String header) {
        String wanted = header.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }
}
