package nl.adviestracker.privacy;

import java.util.List;

/**
 * Where the records name a person: columns holding who did something (a username, in older rows also
 * a name), and the follow-ups' owners. Read by the export and written by the erasure.
 */
final class PersonalRecords {

    record Column(String table, String column, String dutch) {}

    static final List<Column> AUTHORS = List.of(
            new Column("publication", "published_by", "openbaarmakingen (openbaar gemaakt door)"),
            new Column("publication", "withdrawn_by", "openbaarmakingen (ingetrokken door)"),
            new Column("letter_version", "created_by", "versies van antwoordbrieven (gemaakt door)"),
            new Column("response_correction", "created_by", "correcties en aanvullingen op reacties (vastgelegd door)"),
            new Column("advice_request", "created_by", "adviesaanvragen (aangemaakt door)"),
            new Column("followup_note", "author", "voortgangsnotities bij toezeggingen"),
            new Column("followup_transition", "actor", "statuswijzigingen van toezeggingen"),
            new Column("followup_evidence", "added_by", "bewijs bij toezeggingen (toegevoegd door)"),
            new Column("followup_body_informed", "recorded_by", "terugkoppelingen aan het adviesorgaan"),
            new Column("redaction", "decided_by", "besluiten over namen weglaten"),
            new Column("retention_period", "updated_by", "bewaartermijnen (ingesteld door)"),
            new Column("destruction_approval", "approved_by", "goedkeuringen op de vernietigingslijst"),
            new Column("followup", "owner", "toezeggingen (uitvoerder)"),
            new Column("advice_due_date_extension", "extended_by", "verlengingen van de antwoordtermijn"),
            new Column("body_verdict_visibility", "changed_by", "keuzes over het tonen van oordelen"),
            new Column("point_repeat_decision", "decided_by", "besluiten over herhaalde adviespunten"),
            new Column("followup_milestone", "created_by", "mijlpalen bij toezeggingen (gepland door)"),
            new Column("followup_due_date_move", "moved_by", "verschoven data van toezeggingen (verschoven door)"),
            new Column("internal_note", "author_name", "interne notities (geschreven door)"),
            new Column(
                    "internal_note_revision", "replaced_by", "eerdere teksten van interne notities (gewijzigd door)"),
            new Column(
                    "council_report_introduction",
                    "updated_by",
                    "inleidingen van rapportages aan de raad (geschreven door)"));

    /**
     * Columns of tables the service may only add to: the export counts them, and the erasure leaves them to
     * the database function {@code anonymise_actor} (changeset 330), which alone may rewrite them.
     */
    static final List<Column> APPEND_ONLY_AUTHORS = List.of(
            new Column("letter_step", "actor", "stappen op de route van antwoordbrieven"),
            new Column("response_verdict", "given_by", "oordelen over reacties van het college"));

    /** Columns that name a person by their account's id: the export counts them; the account itself is anonymised. */
    static final List<Column> ACCOUNT_REFERENCES = List.of(
            new Column("advice_document", "uploaded_by", "ingelezen documenten (ingelezen door)"),
            new Column("response", "written_by_id", "reacties van het college (laatst geschreven door)"),
            new Column("advice_lead", "lead_official_id", "adviezen (trekker)"),
            new Column("point_assignment", "assignee_id", "toegewezen adviespunten (toegewezen aan)"),
            new Column("point_assignment", "assigned_by_id", "toegewezen adviespunten (toegewezen door)"),
            new Column("internal_note", "author_user_id", "interne notities (geschreven door, als account)"),
            new Column("notice", "recipient_user_id", "meldingen aan u"));

    static List<Column> everyAuthorColumn() {
        return java.util.stream.Stream.concat(AUTHORS.stream(), APPEND_ONLY_AUTHORS.stream())
                .toList();
    }

    private PersonalRecords() {}
}
