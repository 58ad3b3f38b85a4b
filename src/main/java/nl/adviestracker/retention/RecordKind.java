package nl.adviestracker.retention;

/**
 * The kinds of record the tool keeps, each with its own retention period. The defaults follow the
 * Selectielijst gemeenten en intergemeentelijke organen 2020 as we read it; they are a starting point
 * that the organisation's archivist must confirm (and may change on the settings screen).
 *
 * <p>An advice, its letters and its follow-ups refer to each other (foreign keys), so they are destroyed
 * together as one dossier once each of their three periods has run.
 */
public enum RecordKind {
    ADVICE(
            "Adviezen met punten en reacties",
            "na beantwoording (of na het verwijderen van een concept)",
            10,
            RetentionUnit.YEARS,
            "Selectielijst 2020, procestype 'Beleid en regelgeving opstellen' (advisering door een adviesraad):"
                    + " vernietigen na 10 jaar; waardeert de archivaris het advies als beleidsbepalend: bewaren."
                    + " Standaardwaarde, door de archivaris te bevestigen."),
    LETTER(
            "Antwoordbrieven (PDF/A) en hun versies",
            "na de datum van de definitieve brief",
            10,
            RetentionUnit.YEARS,
            "Selectielijst 2020: de brief volgt het dossier van het advies (10 jaar)."
                    + " Standaardwaarde, door de archivaris te bevestigen."),
    FOLLOWUP(
            "Toezeggingen met voortgang en bewijs",
            "na het afronden of laten vallen van de laatste toezegging",
            10,
            RetentionUnit.YEARS,
            "Selectielijst 2020: toezeggingen volgen het dossier van het advies (10 jaar)."
                    + " Standaardwaarde, door de archivaris te bevestigen."),
    INTAKE_DOCUMENT(
            "Ingelezen documenten (het origineel van een advies)",
            "na het inlezen",
            1,
            RetentionUnit.YEARS,
            "Werkkopie: het ontvangen advies is als archiefstuk geregistreerd in het zaaksysteem."
                    + " Standaardwaarde, door de archivaris te bevestigen."),
    AUDIT_LOG(
            "Wijzigingslog (wie wijzigde wat)",
            "na de maand van de wijziging",
            2,
            RetentionUnit.YEARS,
            "Selectielijst 2020, procestype 'Inrichten en beheren informatievoorziening' (logbestanden):"
                    + " vernietigen na 2 jaar. Standaardwaarde, door de archivaris te bevestigen."),
    MAIL_LOG(
            "Verzonden herinneringen (maillog)",
            "na de maand van verzending",
            1,
            RetentionUnit.YEARS,
            "Selectielijst 2020, procestype 'Inrichten en beheren informatievoorziening' (logbestanden):"
                    + " vernietigen na 1 jaar. Standaardwaarde, door de archivaris te bevestigen."),
    SESSION(
            "Inlogsessies",
            "na de maand waarin de sessie verliep",
            1,
            RetentionUnit.MONTHS,
            "Technische gegevens zonder archiefwaarde (AVG: niet langer dan nodig)."
                    + " Standaardwaarde, door de archivaris te bevestigen.");

    private final String dutch;
    private final String countsFrom;
    private final int defaultAmount;
    private final RetentionUnit defaultUnit;
    private final String defaultBasis;

    RecordKind(String dutch, String countsFrom, int defaultAmount, RetentionUnit defaultUnit, String defaultBasis) {
        this.dutch = dutch;
        this.countsFrom = countsFrom;
        this.defaultAmount = defaultAmount;
        this.defaultUnit = defaultUnit;
        this.defaultBasis = defaultBasis;
    }

    public String dutch() {
        return dutch;
    }

    /** When the period starts, in Dutch: "na beantwoording". */
    public String countsFrom() {
        return countsFrom;
    }

    RetentionPeriod defaultPeriod() {
        return new RetentionPeriod(this, defaultAmount, defaultUnit, defaultBasis, true, null, null, null);
    }
}
