package nl.adviestracker.importing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceAccess;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceRepository;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.followup.EvidenceInput;
import nl.adviestracker.followup.EvidenceKind;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUpLifecycle;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.followup.TransitionInput;
import nl.adviestracker.letter.LetterRoutes;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;

/**
 * Importing earlier years' advices with their answers. A dry run lists what would be created and every
 * refused row, storing nothing. The import creates exactly what the dry run lists, in one transaction for
 * the whole file (all or nothing), through the same use cases as the API and the screens: an advice is
 * entered as received, each response and follow-up is created and moved as staff would, and a letter
 * that was sent is recorded on its route as sent from the archive. Only staff (staff and managers) import:
 * they are the ones who answer advice.
 */
@Singleton
public class AdviceImport {

    private final AdvisoryBodyRepository bodies;
    private final AdviceRepository adviceRepository;
    private final AdviceRegister advices;
    private final Responses responses;
    private final FollowUps followUps;
    private final FollowUpLifecycle lifecycle;
    private final LetterRoutes routes;
    private final AuditLog audit;
    private final Clock clock;

    AdviceImport(
            AdvisoryBodyRepository bodies,
            AdviceRepository adviceRepository,
            AdviceRegister advices,
            Responses responses,
            FollowUps followUps,
            FollowUpLifecycle lifecycle,
            LetterRoutes routes,
            AuditLog audit,
            Clock clock) {
        this.bodies = bodies;
        this.adviceRepository = adviceRepository;
        this.advices = advices;
        this.responses = responses;
        this.followUps = followUps;
        this.lifecycle = lifecycle;
        this.routes = routes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the file would create and which rows it refuses; nothing is stored. */
    @Transactional(readOnly = true)
    public ImportResult dryRun(SignedInUser user, byte[] file) {
        ImportPlan plan = plan(user, file);
        return new ImportResult(
                true,
                plan.advices().stream()
                        .map(a -> ImportResult.Created.of(a, null))
                        .toList(),
                plan.refusals(),
                plan.refusedAdvices());
    }

    /**
     * Creates what the dry run lists, all in one transaction. A file with refused rows is refused whole (400,
     * naming each row and column), unless {@code onlyValid}: then the advices without a refused row are imported and the
     * refused ones are listed, as in the dry run.
     */
    @Transactional
    public ImportResult run(SignedInUser user, byte[] file, boolean onlyValid) {
        ImportPlan plan = plan(user, file);
        if (!plan.clean() && !onlyValid) {
            List<FieldProblem> problems = plan.refusals().stream()
                    .map(r -> new FieldProblem("rij " + r.row() + ", " + r.column(), r.reason()))
                    .toList();
            throw new ProblemException(
                    ProblemStatus.BAD_REQUEST,
                    "Bestand heeft geweigerde rijen",
                    "Er is niets ingevoerd: " + plan.refusals().size()
                            + " rij(en) geweigerd. Verbeter ze, of voer alleen de goede adviezen in (onlyValid=true).",
                    problems);
        }
        if (plan.advices().isEmpty()) {
            throw ProblemException.invalid("file", "het bestand heeft geen advies dat kan worden ingevoerd");
        }
        LocalDate today = LocalDate.now(clock.withZone(DutchDates.ZONE));
        List<ImportResult.Created> created = new ArrayList<>();
        for (ImportPlan.Advice advice : plan.advices()) {
            created.add(ImportResult.Created.of(advice, create(user, advice, today)));
        }
        ImportResult result = new ImportResult(false, created, plan.refusals(), plan.refusedAdvices());
        audit.record(
                "IMPORTED",
                "import",
                created.get(0).adviceId(),
                null,
                null,
                Map.of(
                        "advices",
                        created.stream()
                                .map(c -> Map.of("reference", c.reference(), "adviceId", c.adviceId()))
                                .toList(),
                        "points",
                        result.points(),
                        "responses",
                        result.responses(),
                        "followUps",
                        result.followUps()));
        return result;
    }

    private ImportPlan plan(SignedInUser user, byte[] file) {
        requireStaff(user);
        List<ImportRow> rows = ImportFile.read(file);
        List<AdvisoryBody> known = bodies.listOrderByName();
        ImportCheck.Known lookup = new ImportCheck.Known() {
            @Override
            public Optional<AdvisoryBody> body(String shortNameOrName) {
                String wanted = shortNameOrName.strip().toLowerCase(Locale.ROOT);
                return known.stream()
                        .filter(b -> b.shortName().toLowerCase(Locale.ROOT).equals(wanted)
                                || b.name().toLowerCase(Locale.ROOT).equals(wanted))
                        .findFirst();
            }

            @Override
            public boolean adviceExists(long bodyId, String subject, LocalDate receivedOn) {
                return adviceRepository.existsByBodyIdAndSubjectAndReceivedOn(bodyId, subject, receivedOn);
            }
        };
        return ImportCheck.plan(rows, lookup, user, LocalDate.now(clock.withZone(DutchDates.ZONE)));
    }

    private long create(SignedInUser user, ImportPlan.Advice planned, LocalDate today) {
        Advice advice = advices.create(new AdviceInput(
                planned.bodyId(),
                null,
                planned.subject(),
                planned.kind(),
                planned.receivedOn(),
                planned.theirReference(),
                planned.ourReference(),
                planned.theme(),
                planned.department(),
                null,
                planned.responseDueOn(),
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                planned.points().stream()
                        .map(p -> new PointInput(p.label(), p.text(), p.kind(), null, null, null))
                        .toList(),
                null,
                planned.letterDatedOn()));
        List<Point> points = advices.pointsOf(advice);
        for (int i = 0; i < planned.points().size(); i++) {
            ImportPlan.Point point = planned.points().get(i);
            if (point.response() == null) {
                continue;
            }
            ResponseView response = responses.create(
                    user,
                    advice.id(),
                    new ResponseInput(
                            List.of(points.get(i).id()),
                            point.response().stance(),
                            null,
                            point.response().text(),
                            point.response().reason(),
                            null));
            if (point.followUp() != null) {
                followUp(user, response, point.followUp());
            }
        }
        if (planned.sentOn() != null) {
            routes.recordFromArchive(user, advice.id(), planned.sentOn(), today);
        }
        return advice.id();
    }

    private void followUp(SignedInUser user, ResponseView response, ImportPlan.FollowUp planned) {
        FollowUpStatus first =
                planned.status() == FollowUpStatus.IN_PROGRESS ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.OPEN;
        FollowUpView created = followUps.create(
                user,
                new FollowUpInput(response.id(), planned.description(), planned.owner(), planned.dueOn(), first, null));
        if (planned.status() == FollowUpStatus.DONE || planned.status() == FollowUpStatus.DROPPED) {
            EvidenceInput evidence = planned.evidence() == null ? null : evidence(planned.evidence());
            lifecycle.move(
                    user,
                    created.id(),
                    new TransitionInput(planned.status(), planned.reason(), evidence, created.version()));
        }
    }

    private static EvidenceInput evidence(String text) {
        if (text.matches("https?://\\S+")) {
            return new EvidenceInput(EvidenceKind.LINK, text, text, null, null, null);
        }
        return new EvidenceInput(EvidenceKind.DECISION, text, null, null, null, null);
    }

    private static void requireStaff(SignedInUser user) {
        if (!user.isStaff()) {
            throw AdviceAccess.forbidden("Alleen medewerkers van de gemeente voeren adviezen uit eerdere jaren in.");
        }
    }
}
