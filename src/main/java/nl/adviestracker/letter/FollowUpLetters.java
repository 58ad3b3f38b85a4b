package nl.adviestracker.letter;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.followup.Evidence;
import nl.adviestracker.followup.FollowUpLifecycle;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.FollowUpTransition;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.followup.InformInput;
import nl.adviestracker.followup.InformMeans;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.DutchDates;

/**
 * The short letter that closes the loop of a follow-up: it tells the body what became of the
 * commitment, from {@code letters/followup.hbs}, rendered to PDF like the reply letter. Sending it
 * records that the body was informed and keeps the PDF exactly as sent.
 */
@Singleton
public class FollowUpLetters {

    static final String TEMPLATE = "followup";

    private final FollowUps followUps;
    private final FollowUpLifecycle lifecycle;
    private final AdviceRegister advices;
    private final Responses responses;
    private final AdvisoryBodyRepository bodies;
    private final Clock clock;
    private final Letterheads letterheads;
    private final LetterTemplates templates;
    private final PdfRenderer pdf = new PdfRenderer();

    FollowUpLetters(
            FollowUps followUps,
            FollowUpLifecycle lifecycle,
            AdviceRegister advices,
            Responses responses,
            AdvisoryBodyRepository bodies,
            Clock clock,
            Letterheads letterheads,
            LetterRenderer renderer) {
        this.letterheads = letterheads;
        this.templates = renderer.templates();
        this.followUps = followUps;
        this.lifecycle = lifecycle;
        this.advices = advices;
        this.responses = responses;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The letter as it would be sent today, for staff who may work on the follow-up; nothing is stored. */
    @Transactional(readOnly = true)
    public byte[] preview(SignedInUser user, long followupId, FollowUpLetterInput input) {
        followUps.get(user, followupId);
        lifecycle.requireClosed(followupId);
        return pdf.render(html(followupId, input));
    }

    /** Makes the letter, keeps it, and records that the body was informed by it today. */
    @Transactional
    public FollowUpView send(SignedInUser user, long followupId, FollowUpLetterInput input) {
        lifecycle.requireClosed(followupId);
        byte[] letter = pdf.render(html(followupId, input));
        return lifecycle.informBody(
                user,
                followupId,
                new InformInput(LocalDate.now(clock), InformMeans.LETTER, "Brief over de uitkomst van de toezegging"),
                letter);
    }

    String html(long followupId, FollowUpLetterInput input) {
        return templates.render(TEMPLATE, view(followupId, input));
    }

    FollowUpLetterView view(long followupId, FollowUpLetterInput input) {
        FollowUpView followUp = followUps.get(followupId);
        Advice advice = advices.get(followUp.adviceId());
        AdvisoryBody body = bodies.findById(advice.bodyId()).orElseThrow();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Op " + DutchDates.format(advice.letterDate()) + " gaf u ons advies over "
                + advice.subject().strip()
                + ". In onze reactie op " + pointReference(advice, followUp.responseId()) + " hebben wij toegezegd: "
                + sentence(followUp.description()));
        paragraphs.add(outcome(followUp));
        if (input.text() != null && !input.text().isBlank()) {
            paragraphs.add(input.text().strip());
        }
        List<String> address = Letterheads.lines(body.postalAddress());
        Letterheads.Letterhead letterhead = letterheads.of(advice);
        if (input.signatories() != null && !input.signatories().isEmpty()) {
            // who signs this letter, when the sender names them; else the organisation's signatories
            letterhead = new Letterheads.Letterhead(
                    letterhead.sender(),
                    letterhead.department(),
                    letterhead.phone(),
                    letterhead.signingBody(),
                    input.signatories().stream()
                            .map(s -> new LetterModel.Signatory(
                                    s.role().strip(), s.name().strip()))
                            .toList());
        }
        LetterheadView head = letterhead.view(
                "Uitvoering toezegging: " + advice.subject().strip(),
                body.name(),
                body.contactName(),
                address,
                input.ourReference() == null || input.ourReference().isBlank()
                        ? Optional.ofNullable(advice.ourReference()).orElse("")
                        : input.ourReference().strip(),
                DutchDates.format(LocalDate.now(clock)),
                DutchDates.format(advice.letterDate()),
                LetterView.orNone(advice.theirReference()));
        return new FollowUpLetterView(
                head,
                LetterModel.DEFAULT_SALUTATION,
                paragraphs,
                "Wij danken u nogmaals voor uw advies. Hebt u vragen over deze brief, neem dan contact met ons op.");
    }

    private String pointReference(Advice advice, long responseId) {
        List<Point> points = advices.points(advice.id());
        ResponseView response = responses.get(advice.id(), responseId);
        List<String> covered = points.stream()
                .filter(p -> response.pointIds().contains(p.id()))
                .map(Point::label)
                .toList();
        if (covered.isEmpty()) {
            return "uw advies";
        }
        return PointReferences.of(points.stream().map(Point::label).toList(), covered);
    }

    private static String outcome(FollowUpView followUp) {
        String reason = followUp.transitions().stream()
                .filter(t -> t.toStatus() == followUp.status())
                .max(Comparator.comparing(FollowUpTransition::id))
                .map(FollowUpTransition::reason)
                .filter(r -> r != null && !r.isBlank())
                .map(r -> " " + sentence(r))
                .orElse("");
        if (followUp.status() == FollowUpStatus.DROPPED) {
            return "Deze toezegging is vervallen." + reason;
        }
        StringBuilder text = new StringBuilder("Deze toezegging is uitgevoerd." + reason);
        if (!followUp.evidence().isEmpty()) {
            text.append(" Dit blijkt uit: ");
            List<String> items =
                    followUp.evidence().stream().map(FollowUpLetters::evidence).toList();
            text.append(String.join("; ", items)).append('.');
        }
        return text.toString();
    }

    private static String evidence(Evidence evidence) {
        String description = stripFinalStop(evidence.description().strip());
        return switch (evidence.kind()) {
            case LINK -> description + " (" + evidence.url() + ")";
            case DOCUMENT -> description + " (bijgevoegd document " + evidence.fileName() + ")";
            case DECISION -> description;
        };
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
