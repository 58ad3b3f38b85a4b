package nl.adviestracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commitment from open to done, each move with who, when and why; the state machine refusing
 * moves in Dutch; the evidence that closes it; and the letter that tells the body the outcome.
 */
@MicronautTest(transactional = false)
class FollowUpLifecycleIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    FollowUps followUps;

    @Inject
    FollowUpLifecycle lifecycle;

    Api staff;
    long body;
    long response;

    @BeforeEach
    void aResponseWithACommitment() {
        body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Adviesgroep " + System.nanoTime(),
                                "shortName",
                                "AG" + System.nanoTime() % 100000,
                                "contactName",
                                "D. Brouns",
                                "postalAddress",
                                "Postbus 30026\n9700 RM GRONINGEN"))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Brede aanpak armoede",
                                "kind",
                                "SOLICITED",
                                "receivedOn",
                                "2024-02-02",
                                "letterDatedOn",
                                "2024-01-29",
                                "department",
                                "Afdeling DMO Beleid",
                                "points",
                                List.of(point("1"), point("2"), point("3"))))
                .id();
        staff = accounts.staff(http);
        List<?> points = staff.get("/api/advices/" + advice + "/points").list();
        long third = ((Number) ((Map<?, ?>) points.get(2)).get("id")).longValue();
        response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(third),
                                "stance",
                                "TAKEN_INTO_ACCOUNT",
                                "text",
                                "We nemen dit mee.",
                                "reason",
                                "In ontwikkeling."))
                .id();
    }

    @Test
    void eachMoveIsRecordedAndDoneNeedsEvidence() throws IOException {
        long id = followUp("Preventie meenemen in de aanpak Noord");
        Api.Answer started =
                move(id, Map.of("to", "IN_PROGRESS", "reason", "Werkgroep Noord is gestart", "version", 0));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.at("allowedNext")).isEqualTo(List.of("OPEN", "DONE", "DROPPED"));

        Api.Answer withoutEvidence = move(id, Map.of("to", "DONE", "version", 1));
        assertThat(withoutEvidence.status()).isEqualTo(400);
        assertThat(withoutEvidence.at("errors.0.field")).isEqualTo("evidence");
        assertThat((String) withoutEvidence.at("errors.0.message")).contains("besluit, document of link");

        Api.Answer done = move(
                id,
                Map.of(
                        "to",
                        "DONE",
                        "reason",
                        "Opgenomen in het plan van aanpak Noord.",
                        "version",
                        1,
                        "evidence",
                        Map.of("kind", "DECISION", "description", "Collegebesluit 12 maart 2025, kenmerk 1234567")));
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.at("status")).isEqualTo("DONE");
        assertThat(done.at("allowedNext")).isEqualTo(List.of());
        assertThat((List<?>) done.at("transitions")).hasSize(2);
        assertThat(done.at("transitions.0.fromStatus")).isEqualTo("OPEN");
        assertThat(done.at("transitions.0.toStatus")).isEqualTo("IN_PROGRESS");
        assertThat(done.at("transitions.0.reason")).isEqualTo("Werkgroep Noord is gestart");
        assertThat((String) done.at("transitions.0.actor")).startsWith("staff-");
        assertThat(done.at("transitions.0.occurredAt")).isNotNull();
        assertThat(done.at("transitions.1.toStatus")).isEqualTo("DONE");
        assertThat(done.at("evidence.0.kind")).isEqualTo("DECISION");

        Api.Answer reopen = move(id, Map.of("to", "OPEN", "reason", "Toch niet klaar", "version", 2));
        assertThat(reopen.status()).isEqualTo(400);
        assertThat(reopen.at("errors.0.field")).isEqualTo("to");
        assertThat((String) reopen.at("errors.0.message"))
                .isEqualTo("van 'afgerond' kan een toezegging niet naar 'open': 'afgerond' is definitief");

        byte[] plan = "Plan van aanpak Noord".getBytes(StandardCharsets.UTF_8);
        Api.Answer withDocument = staff.post(
                "/api/followups/" + id + "/evidence",
                Map.of(
                        "kind",
                        "DOCUMENT",
                        "description",
                        "Plan van aanpak",
                        "fileName",
                        "plan noord.txt",
                        "contentType",
                        "text/plain",
                        "contentBase64",
                        Base64.getEncoder().encodeToString(plan)));
        assertThat(withDocument.status()).as(withDocument.toString()).isEqualTo(201);
        String documentPath = (String) withDocument.at("evidence.1.documentPath");
        Api.Download document = staff.download(documentPath);
        assertThat(document.bytes()).isEqualTo(plan);
        assertThat(document.disposition()).contains("plan_noord.txt");

        Api.Download preview = staff.download("/api/followups/" + id + "/letter-preview.pdf");
        assertThat(preview.status()).isEqualTo(200);
        String previewText = pdfText(preview.bytes());
        assertThat(previewText)
                .contains(
                        "Uitvoering toezegging: Brede aanpak armoede",
                        "Op 29 januari 2024 gaf u ons advies",
                        "t.a.v. D. Brouns",
                        "punt 3",
                        "Preventie meenemen in de aanpak Noord.",
                        "Deze toezegging is uitgevoerd.",
                        "Collegebesluit 12 maart 2025, kenmerk 1234567",
                        "Bladzijde");
        assertThat(staff.get("/api/followups/" + id).at("bodyInformed"))
                .as("a preview informs nobody")
                .isNull();

        Api.Answer sent = staff.post(
                "/api/followups/" + id + "/letter",
                Map.of(
                        "text",
                        "Wij houden u op de hoogte.",
                        "signatories",
                        List.of(Map.of("role", "de directeur DMO", "name", "J. de Boer"))));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.at("bodyInformed.means")).isEqualTo("LETTER");
        Api.Download kept = staff.download((String) sent.at("bodyInformed.letterPath"));
        assertThat(pdfText(kept.bytes())).contains("Wij houden u op de hoogte.", "J. de Boer");
        assertThat(staff.post("/api/followups/" + id + "/letter", Map.of()).status())
                .as("once")
                .isEqualTo(409);

        Api.Answer listed = staff.get("/api/followups?status=DONE");
        assertThat(listed.at("items.0.bodyInformed")).isEqualTo(true);
    }

    @Test
    void droppingNeedsAReasonAndTheBodyIsToldOnlyAtTheEnd() {
        long id = followUp("Raad informeren");
        assertThat(staff.post("/api/followups/" + id + "/body-informed", Map.of("means", "EMAIL"))
                        .status())
                .as("not before it is done or dropped")
                .isEqualTo(409);
        Api.Answer noReason = move(id, Map.of("to", "DROPPED", "version", 0));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.at("errors.0.field")).isEqualTo("reason");
        assertThat(move(id, Map.of("to", "OPEN", "reason", "x", "version", 0)).at("errors.0.message"))
                .isEqualTo("de toezegging is al 'open'");

        Api.Answer dropped =
                move(id, Map.of("to", "DROPPED", "reason", "De raad heeft het onderwerp afgevoerd.", "version", 0));
        assertThat(dropped.status()).isEqualTo(201);
        Api.Answer informed = staff.post(
                "/api/followups/" + id + "/body-informed",
                Map.of("means", "MEETING", "note", "Besproken in het overleg van 3 april", "informedOn", "2025-04-03"));
        assertThat(informed.status()).as(informed.toString()).isEqualTo(201);
        assertThat(informed.at("bodyInformed.informedOn")).isEqualTo("2025-04-03");
        assertThat(informed.at("bodyInformed.letterPath")).isNull();
    }

    @Test
    void theOldUpdateNoLongerChangesTheStatus() {
        long id = followUp("Iets doen");
        Api.Answer updated = staff.put(
                "/api/followups/" + id,
                Map.of(
                        "responseId",
                        response,
                        "description",
                        "Iets doen",
                        "owner",
                        "DMO",
                        "status",
                        "IN_PROGRESS",
                        "version",
                        0));
        assertThat(updated.status()).isEqualTo(400);
        assertThat(updated.toString()).contains("status").contains("/transitions");
        Api.Answer stored = staff.get("/api/followups/" + id);
        assertThat(stored.at("status")).isEqualTo("OPEN");
        assertThat(stored.at("owner")).isEqualTo("Afdeling DMO Beleid");
        assertThat((java.util.List<?>) stored.at("transitions")).isEmpty();
    }

    @Test
    void theUseCasesThemselvesLetOnlyStaffWorkOnAFollowUpEvenAMemberWhoMayReadTheAdvice() {
        long id = followUp("Preventie meenemen in de aanpak Noord");
        Object stored = staff.get("/api/followups/" + id).body();
        SignedInUser member = new SignedInUser(0, "lid", "Lid", Role.ASDG, null, body, null);

        List<Runnable> writes = List.of(
                () -> lifecycle.move(member, id, new TransitionInput(FollowUpStatus.IN_PROGRESS, "Gestart", null, 0)),
                () -> followUps.addNote(member, id, new NoteInput(null, "Ik was hier")),
                () -> followUps.update(
                        member, id, new FollowUpInput(response, "Anders", "Iemand anders", null, null, 0)),
                () -> lifecycle.addEvidence(
                        member, id, new EvidenceInput(EvidenceKind.DECISION, "Besluit", null, null, null, null)));

        assertThat(writes)
                .allSatisfy(write -> assertThatThrownBy(write::run)
                        .isInstanceOfSatisfying(
                                ProblemException.class,
                                problem -> assertThat(problem.status()).isEqualTo(ProblemStatus.FORBIDDEN)));
        assertThat(staff.get("/api/followups/" + id).body()).isEqualTo(stored);
    }

    private long followUp(String description) {
        return staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", description, "owner", "Afdeling DMO Beleid"))
                .id();
    }

    private Api.Answer move(long id, Map<String, Object> body) {
        return staff.post("/api/followups/" + id + "/transitions", body);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Map<String, Object> point(String label) {
        return Map.of("label", label, "text", "Tekst van punt " + label, "kind", "RECOMMENDATION");
    }
}
