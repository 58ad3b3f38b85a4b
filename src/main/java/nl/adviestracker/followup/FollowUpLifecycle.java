package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/**
 * The life of a commitment: open, in progress, done or dropped, each move recorded with who, when
 * and why; the evidence that closes it; and the last step, telling the body the outcome.
 *
 * <p>Policies: dropping and reopening need a reason; done needs evidence (given before or with the
 * move); done and dropped are final; the body is told only once the follow-up is done or dropped.
 */
@Singleton
public class FollowUpLifecycle {

    /** Largest document kept as evidence. */
    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final FollowUps followUps;
    private final FollowUpRepository repository;
    private final LifecycleRecords records;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpLifecycle(
            FollowUps followUps, FollowUpRepository repository, LifecycleRecords records, AuditLog audit, Clock clock) {
        this.followUps = followUps;
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FollowUpView move(SignedInUser user, long id, TransitionInput input) {
        FollowUp current = followUps.findFor(user, id);
        Versions.requireCurrent(input.version(), current.version(), "Deze toezegging", followUps.get(id));
        String reason = blankToNull(input.reason());
        boolean hasEvidence = input.evidence() != null
                || !records.evidenceOf(java.util.List.of(id)).isEmpty();
        FollowUp moved = current.moveTo(input.to(), reason, hasEvidence);
        if (input.evidence() != null) {
            addEvidence(current, input.evidence(), "evidence.");
        }
        if (repository.move(
                        id,
                        current.version(),
                        current.status().name(),
                        moved.status().name())
                != 1) {
            throw ProblemException.staleVersion("Deze toezegging", followUps.get(id));
        }
        moved = followUps.find(id);
        audit.updated("followup", id, current.adviceId(), current, moved);
        followUps.recordTransition(current, moved.status(), reason);
        return followUps.get(id);
    }

    /**
     * The follow-up screen's one save: its details, and a move when the status list changed, in one
     * transaction.
     */
    @Transactional
    public FollowUpView save(
            SignedInUser user, long id, FollowUpInput details, @Nullable FollowUpStatus to, @Nullable String reason) {
        FollowUpView saved = followUps.update(user, id, details);
        if (to == null || to == saved.status()) {
            return saved;
        }
        return move(user, id, new TransitionInput(to, reason, null, saved.version()));
    }

    @Transactional
    public FollowUpView addEvidence(SignedInUser user, long id, EvidenceInput input) {
        FollowUp current = followUps.findFor(user, id);
        if (current.status() == FollowUpStatus.DROPPED) {
            throw ProblemException.conflict("Deze toezegging is vervallen; er hoort geen bewijs van uitvoering bij.");
        }
        addEvidence(current, input, "");
        return followUps.get(id);
    }

    @Transactional(readOnly = true)
    public LifecycleRecords.StoredFile document(SignedInUser user, long id, long evidenceId) {
        followUps.findFor(user, id);
        return records.document(id, evidenceId)
                .orElseThrow(() -> ProblemException.notFound("Document " + evidenceId + " bij toezegging " + id));
    }

    /** Records that the body was told the outcome, with the letter sent if it was a letter made here. */
    @Transactional
    public FollowUpView informBody(SignedInUser user, long id, InformInput input, byte @Nullable [] letterPdf) {
        followUps.findFor(user, id);
        FollowUp current = requireClosed(id);
        LocalDate on = input.informedOn() == null ? LocalDate.now(clock) : input.informedOn();
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("informedOn", "ligt in de toekomst");
        }
        if (letterPdf != null && input.means() != InformMeans.LETTER) {
            throw ProblemException.invalid("means", "moet LETTER zijn bij een brief");
        }
        String note = blankToNull(input.note());
        if (!records.inform(id, on, input.means(), note, letterPdf, audit.actor())) {
            throw ProblemException.conflict("Het adviesorgaan is al geïnformeerd over deze toezegging.");
        }
        audit.record(
                "BODY_INFORMED",
                "followup",
                id,
                current.adviceId(),
                null,
                Map.of("informedOn", on.toString(), "means", input.means().name(), "letter", letterPdf != null));
        return followUps.get(id);
    }

    /** The follow-up, if the body may be told its outcome now: it is done or dropped and not yet told. */
    @Transactional(readOnly = true)
    public FollowUp requireClosed(long id) {
        FollowUp current = followUps.find(id);
        if (current.status().isOpen()) {
            throw ProblemException.conflict("Rond de toezegging eerst af of laat haar vervallen; daarna wordt het "
                    + "adviesorgaan over de uitkomst geïnformeerd.");
        }
        if (!records.informedOf(java.util.List.of(id)).isEmpty()) {
            throw ProblemException.conflict("Het adviesorgaan is al geïnformeerd over deze toezegging.");
        }
        return current;
    }

    @Transactional(readOnly = true)
    public byte[] letter(SignedInUser user, long id) {
        followUps.findFor(user, id);
        return records.letter(id).orElseThrow(() -> ProblemException.notFound("Brief bij toezegging " + id));
    }

    private void addEvidence(FollowUp followUp, EvidenceInput input, String prefix) {
        String url = blankToNull(input.url());
        byte[] content = null;
        String fileName = blankToNull(input.fileName());
        switch (input.kind()) {
            case LINK -> {
                if (url == null) {
                    throw ProblemException.invalid(prefix + "url", "is verplicht bij een link");
                }
            }
            case DOCUMENT -> {
                if (fileName == null) {
                    throw ProblemException.invalid(prefix + "fileName", "is verplicht bij een document");
                }
                if (input.contentBase64() == null || input.contentBase64().isBlank()) {
                    throw ProblemException.invalid(prefix + "contentBase64", "is verplicht bij een document");
                }
                try {
                    content = Base64.getMimeDecoder().decode(input.contentBase64());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid(prefix + "contentBase64", "is geen geldige base64");
                }
                if (content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
                    throw ProblemException.invalid(prefix + "contentBase64", "moet tussen 1 byte en 10 MB zijn");
                }
            }
            case DECISION -> {}
        }
        String type = content == null
                ? null
                : input.contentType() == null || input.contentType().isBlank()
                        ? "application/octet-stream"
                        : input.contentType().strip();
        long evidenceId = records.addEvidence(
                followUp.id(), input.kind(), input.description().strip(), url, fileName, type, content, audit.actor());
        audit.record(
                "CREATED",
                "followup_evidence",
                evidenceId,
                followUp.adviceId(),
                null,
                Map.of(
                        "followupId",
                        followUp.id(),
                        "kind",
                        input.kind().name(),
                        "description",
                        input.description().strip(),
                        "url",
                        url == null ? "" : url,
                        "fileName",
                        fileName == null ? "" : fileName));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
