package nl.adviestracker.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.adviestracker.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** The history reads as Dutch sentences with people's names and field labels, before and after. */
class HistorySentencesTest {

    private static final Map<String, String> NAMES = Map.of("cbakker", "Carla Bakker", "pjansen", "Piet Jansen");

    private final HistorySentences sentences = new HistorySentences(NAMES::get, labels(), (field, value) -> null);

    private static Map<Long, String> labels() {
        Map<Long, String> labels = new LinkedHashMap<>();
        labels.put(11L, "1");
        labels.put(12L, "2");
        labels.put(13L, "3");
        labels.put(14L, "4");
        return labels;
    }

    private static AuditEvent event(String actor, String action, String entity, String before, String after) {
        return new AuditEvent(1, Instant.parse("2025-03-01T10:00:00Z"), actor, action, entity, 7, before, after);
    }

    @Test
    void aFinalLetterNamesWhoMadeItFinal() {
        HistorySentences.Entry entry =
                sentences.describe(event("cbakker", "FINALIZED", "letter_version", null, "{\"number\":3}"));

        assertThat(entry.sentence()).isEqualTo("Carla Bakker maakte de brief definitief");
        assertThat(entry.changes()).isEmpty();
    }

    @Test
    void aChangedStanceShowsBeforeAndAfterInDutch() {
        HistorySentences.Entry entry = sentences.describe(event(
                "pjansen",
                "UPDATED",
                "response",
                "{\"stance\":\"PARTLY_ADOPTED\",\"text\":\"Wij nemen dit deels over.\",\"pointIds\":[13]}",
                "{\"stance\":\"ADOPTED\",\"text\":\"Wij nemen dit deels over.\",\"pointIds\":[13]}"));

        assertThat(entry.sentence()).isEqualTo("Piet Jansen wijzigde de reactie op punt 3");
        assertThat(entry.changes())
                .containsExactly("De reactie op punt 3: standpunt van 'deels overgenomen' naar 'overgenomen'");
    }

    @Test
    void theReviewOfAResponseAndTheAssignmentOfPointsReadAsSentences() {
        assertThat(sentences
                        .describe(event(
                                "cbakker",
                                "SENT_BACK",
                                "response_review",
                                "{\"pointIds\":[11,12],\"reviewState\":\"READY_FOR_REVIEW\",\"comment\":null}",
                                "{\"pointIds\":[11,12],\"reviewState\":\"DRAFT\",\"comment\":\"Noem de termijn\"}"))
                        .sentence())
                .isEqualTo("Carla Bakker stuurde de reactie op punten 1 en 2 terug, met als reden: Noem de termijn");
        assertThat(sentences
                        .describe(event("pjansen", "REVIEW_ASKED", "response_review", null, "{\"pointIds\":[13]}"))
                        .sentence())
                .isEqualTo("Piet Jansen bood de reactie op punt 3 ter beoordeling aan");
        assertThat(sentences
                        .describe(
                                event(
                                        "cbakker",
                                        "ASSIGNED",
                                        "point_assignment",
                                        null,
                                        "{\"pointIds\":[12,13,14],\"assignee\":\"Piet Jansen\",\"internalDueOn\":\"2025-03-20\"}"))
                        .sentence())
                .isEqualTo("Carla Bakker wees punten 2 t/m 4 toe aan Piet Jansen, uiterlijk 20 maart 2025");
        assertThat(sentences
                        .describe(event("cbakker", "CREATED", "advice_lead", null, "{\"lead\":\"Piet Jansen\"}"))
                        .sentence())
                .isEqualTo("Carla Bakker maakte Piet Jansen trekker van het advies");
    }

    @Test
    void aResponseToSeveralPointsNamesThemAsTheLetterDoes() {
        HistorySentences.Entry entry = sentences.describe(
                event("cbakker", "CREATED", "response", null, "{\"stance\":\"ADOPTED\",\"pointIds\":[11,12,13,14]}"));

        assertThat(entry.sentence()).isEqualTo("Carla Bakker schreef de reactie op punten 1 t/m 4");
    }

    @Test
    void aFollowUpTransitionSaysFromWhatToWhatAndWhy() {
        HistorySentences.Entry entry = sentences.describe(event(
                "cbakker",
                "CREATED",
                "followup_transition",
                null,
                "{\"fromStatus\":\"OPEN\",\"toStatus\":\"DROPPED\",\"reason\":\"De regeling is afgeschaft.\"}"));

        assertThat(entry.sentence())
                .isEqualTo("Carla Bakker zette een toezegging van 'open' naar 'vervallen', met als reden: "
                        + "De regeling is afgeschaft.");
    }

    @Test
    void aMovedFollowUpDateSaysFromWhenToWhenAndWhy() {
        HistorySentences.Entry moved = sentences.describe(
                event(
                        "pjansen",
                        "CREATED",
                        "followup_due_date_move",
                        null,
                        "{\"previousDueOn\":\"2026-03-01\",\"newDueOn\":\"2026-06-01\",\"reason\":\"De aanbesteding liep uit.\"}"));
        HistorySentences.Entry letGo = sentences.describe(event(
                "pjansen",
                "CREATED",
                "followup_due_date_move",
                null,
                "{\"previousDueOn\":\"2026-06-01\",\"reason\":\"Hangt af van het rijk\"}"));

        assertThat(moved.sentence())
                .isEqualTo("Piet Jansen verschoof de datum van een toezegging (was 1 maart 2026, nu 1 juni 2026), "
                        + "met als reden: De aanbesteding liep uit.");
        assertThat(letGo.sentence())
                .isEqualTo("Piet Jansen liet de datum van een toezegging los (was 1 juni 2026), met als reden: "
                        + "Hangt af van het rijk");
    }

    @Test
    void datesReadAsDutchDates() {
        HistorySentences.Entry entry = sentences.describe(event(
                "pjansen",
                "UPDATED",
                "followup",
                "{\"dueOn\":\"2025-04-01\",\"owner\":\"DMO\"}",
                "{\"dueOn\":\"2025-06-15\",\"owner\":\"DMO\"}"));

        assertThat(entry.sentence()).isEqualTo("Piet Jansen wijzigde een toezegging");
        assertThat(entry.changes()).containsExactly("Toezegging: uiterlijk op van '1 april 2025' naar '15 juni 2025'");
    }

    @Test
    void submittingADraftIsSaidAsSuch() {
        HistorySentences.Entry entry = sentences.describe(
                event("cbakker", "UPDATED", "advice", "{\"status\":\"DRAFT\"}", "{\"status\":\"RECEIVED\"}"));

        assertThat(entry.sentence()).isEqualTo("Carla Bakker diende het advies in bij het college");
        assertThat(entry.changes()).containsExactly("Status van 'concept' naar 'ontvangen'");
    }

    @Test
    void anUnknownKindStillReadsAsDutchWithoutTableNames() {
        HistorySentences.Entry entry =
                sentences.describe(event("pjansen", "ARCHIVED", "letter_attachment_blob", null, null));

        assertThat(entry.sentence()).isEqualTo("Piet Jansen wijzigde een onderdeel van het advies");
        assertThat(entry.sentence()).doesNotContain("_", "ARCHIVED", "pjansen");
    }

    @Test
    void anUnknownUsernameIsNeverShown() {
        HistorySentences.Entry entry =
                sentences.describe(event("oud-account", "CREATED", "point", null, "{\"label\":\"5\"}"));

        assertThat(entry.sentence()).isEqualTo("Een gebruiker voegde punt 5 toe");
    }

    @Test
    void whatTheSystemDidIsSaidToBeTheTool() {
        assertThat(sentences
                        .describe(event(nl.adviestracker.audit.AuditLog.SYSTEM, "CREATED", "advice", null, "{}"))
                        .sentence())
                .isEqualTo("Adviestracker maakte het advies aan");
    }
}
