package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.adviestracker.web.Form;

/**
 * The part of the follow-up page about its life: every change of status (who, when, why), the evidence
 * with its downloads and the form to add more, and whether the body was told the outcome, with the form
 * to record it.
 *
 * @param canInform the follow-up is done or dropped and the body has not been told yet
 */
public record FollowUpLifecycleBox(
        List<TransitionRow> transitions,
        List<EvidenceRow> evidence,
        boolean canAddEvidence,
        Form evidenceForm,
        Form.Field evidenceKind,
        Form.Field evidenceDescription,
        Form.Field evidenceUrl,
        String evidenceFileId,
        @Nullable String evidenceFileError,
        @Nullable InformedRow informed,
        boolean canInform,
        boolean stillOpen,
        Form informForm,
        Form.Field informMeans,
        Form.Field informedOn,
        Form.Field informNote) {

    public record TransitionRow(
            Instant when,
            String who,
            String from,
            String to,
            @Nullable String reason) {}

    public record EvidenceRow(
            String kind,
            String description,
            @Nullable String url,
            @Nullable String downloadHref,
            @Nullable String fileName,
            String who,
            Instant when) {}

    public record InformedRow(
            LocalDate on,
            String means,
            @Nullable String note,
            String who,
            @Nullable String letterHref) {}

    static Form emptyEvidence() {
        return Form.named("bewijs-")
                .label("kind", "Soort bewijs")
                .label("description", "Omschrijving")
                .label("url", "Adres (link)")
                .set("kind", EvidenceKind.DECISION.name())
                .set("description", "")
                .set("url", "");
    }

    static Form emptyInform() {
        return Form.named("informeren-")
                .label("means", "Hoe")
                .label("informedOn", "Datum")
                .label("note", "Toelichting")
                .set("means", InformMeans.EMAIL.name())
                .set("informedOn", "")
                .set("note", "");
    }

    static FollowUpLifecycleBox of(
            FollowUpView followUp,
            Function<String, String> nameOf,
            Form evidenceForm,
            @Nullable String evidenceFileError,
            Form informForm) {
        List<TransitionRow> transitions = new ArrayList<>();
        for (FollowUpTransition t : followUp.transitions()) {
            transitions.add(new TransitionRow(
                    t.occurredAt(),
                    nameOf.apply(t.actor()),
                    t.fromStatus().dutch(),
                    t.toStatus().dutch(),
                    t.reason()));
        }
        List<EvidenceRow> evidence = new ArrayList<>();
        for (Evidence e : followUp.evidence()) {
            evidence.add(new EvidenceRow(
                    e.kind().dutch(),
                    e.description(),
                    e.url(),
                    e.kind() == EvidenceKind.DOCUMENT
                            ? "/api/followups/" + followUp.id() + "/evidence/" + e.id() + "/document"
                            : null,
                    e.fileName(),
                    nameOf.apply(e.addedBy()),
                    e.addedAt()));
        }
        BodyInformed told = followUp.bodyInformed();
        InformedRow informed = told == null
                ? null
                : new InformedRow(
                        told.informedOn(),
                        told.means().dutch(),
                        told.note(),
                        nameOf.apply(told.recordedBy()),
                        told.letterPath());
        List<Form.Option> kinds = new ArrayList<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            kinds.add(Form.Option.of(
                    kind.name(),
                    switch (kind) {
                        case DECISION -> "besluit van college of raad";
                        case DOCUMENT -> "document (bestand)";
                        case LINK -> "link naar een webpagina";
                    }));
        }
        List<Form.Option> means = new ArrayList<>();
        for (InformMeans m : InformMeans.values()) {
            if (m != InformMeans.LETTER) {
                means.add(Form.Option.of(m.name(), m.dutch()));
            }
        }
        means.add(Form.Option.of(InformMeans.LETTER.name(), "brief (elders gemaakt en verstuurd)"));
        return new FollowUpLifecycleBox(
                transitions,
                evidence,
                followUp.status() != FollowUpStatus.DROPPED,
                evidenceForm,
                evidenceForm.field("kind", kinds),
                evidenceForm.field("description"),
                evidenceForm.field("url"),
                "bewijs-file",
                evidenceFileError,
                informed,
                told == null && !followUp.status().isOpen(),
                followUp.status().isOpen(),
                informForm,
                informForm.field("means", means),
                informForm.field("informedOn"),
                informForm.field("note"));
    }
}
