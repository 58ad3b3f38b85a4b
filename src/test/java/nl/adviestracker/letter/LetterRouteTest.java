package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** The letter's route: draft, checked by a second official, final by a manager, decided, sent; nothing else. */
class LetterRouteTest {

    private static final SignedInUser WRITER = user("anna", Role.STAFF);
    private static final SignedInUser CHECKER = user("bram", Role.STAFF);
    private static final SignedInUser MANAGER = user("carla", Role.MANAGER);
    private static final SignedInUser MEMBER = user("lid", Role.ASDG);
    private static final WorkflowSettings DEFAULTS = WorkflowSettings.DEFAULTS;
    private static final LocalDate DECIDED = LocalDate.of(2024, 3, 12);

    private static SignedInUser user(String username, Role role) {
        return new SignedInUser(1, username, username.toUpperCase(), role, 1L, role == Role.ASDG ? 1L : null, null);
    }

    private static LetterRoute draft() {
        return LetterRoute.startingAt(7);
    }

    private static LetterRoute checked() {
        return draft().check(CHECKER, DEFAULTS, List.of("anna"), List.of());
    }

    private static LetterRoute approved() {
        return checked().approve(MANAGER, DEFAULTS, List.of(), List.of());
    }

    private static LetterRoute decided() {
        return approved().decide(CHECKER, DecisionKind.COLLEGE, "B&W 2024-88", DECIDED);
    }

    private static ProblemException refusal(Runnable step) {
        return catchThrowableOfType(ProblemException.class, step::run);
    }

    @Test
    void theWholeRouteInOrder() {
        LetterRoute sent = decided().send(WRITER, DECIDED.plusDays(1), SendingMeans.EMAIL, DEFAULTS);
        assertThat(sent.station()).isEqualTo(LetterStation.SENT);
        assertThat(sent.decisionNumber()).isEqualTo("B&W 2024-88");
        assertThat(sent.sentOn()).isEqualTo(DECIDED.plusDays(1));
        assertThat(sent.sentMeans()).isEqualTo(SendingMeans.EMAIL);
    }

    @Test
    void theLetterLeavesItsDraftOnlyWithEveryResponseApproved() {
        List<String> open = List.of("de reactie op punt 2 (klaar voor beoordeling)");
        ProblemException problem = refusal(() -> draft().check(CHECKER, DEFAULTS, List.of(), open));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage())
                .isEqualTo("De brief kan niet naar 'gecontroleerd': eerst worden alle reacties beoordeeld en"
                        + " goedgekeurd; nog niet goedgekeurd: de reactie op punt 2 (klaar voor beoordeling).");
        WorkflowSettings noCheck = new WorkflowSettings(false, Role.MANAGER, true, true, 1, Role.STAFF);
        assertThat(refusal(() -> draft().approve(MANAGER, noCheck, List.of(), open))
                        .getMessage())
                .contains("nog niet goedgekeurd: de reactie op punt 2");
        // a response sent back after the check keeps the letter from being approved
        assertThat(refusal(() -> checked().approve(MANAGER, DEFAULTS, List.of(), open))
                        .getMessage())
                .contains("nog niet goedgekeurd: de reactie op punt 2");
        WorkflowSettings noReview = new WorkflowSettings(true, Role.MANAGER, true, false, 1, Role.STAFF);
        assertThat(draft().check(CHECKER, noReview, List.of(), open).station()).isEqualTo(LetterStation.CHECKED);
    }

    @Test
    void whoWrotePartOfTheLetterDoesNotCheckIt() {
        ProblemException problem = refusal(() -> draft().check(WRITER, DEFAULTS, List.of("anna", "dirk"), List.of()));
        assertThat(problem.status().getCode()).isEqualTo(403);
        assertThat(problem.getMessage()).contains("U schreef mee aan deze brief");
    }

    @Test
    void aMemberTakesNoStep() {
        assertThat(refusal(() -> draft().check(MEMBER, DEFAULTS, List.of(), List.of()))
                        .status()
                        .getCode())
                .isEqualTo(403);
        assertThat(refusal(() -> approved().send(MEMBER, DECIDED, SendingMeans.POST, DEFAULTS))
                        .status()
                        .getCode())
                .isEqualTo(403);
    }

    @Test
    void onlyTheApproverRoleMakesItFinal() {
        ProblemException problem = refusal(() -> checked().approve(CHECKER, DEFAULTS, List.of(), List.of()));
        assertThat(problem.status().getCode()).isEqualTo(403);
        assertThat(problem.getMessage()).contains("Alleen een manager (teamleider) maakt de brief definitief");
        WorkflowSettings staffApprove = new WorkflowSettings(true, Role.STAFF, true, true, 1, Role.STAFF);
        assertThat(checked()
                        .approve(CHECKER, staffApprove, List.of(), List.of())
                        .station())
                .isEqualTo(LetterStation.FINAL);
    }

    @Test
    void anUncheckedLetterIsNotApprovedUnlessTheOrganisationSkipsTheCheck() {
        ProblemException problem = refusal(() -> draft().approve(MANAGER, DEFAULTS, List.of(), List.of()));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage()).contains("de brief is nog niet gecontroleerd");
        WorkflowSettings noCheck = new WorkflowSettings(false, Role.MANAGER, true, true, 1, Role.STAFF);
        assertThat(draft().approve(MANAGER, noCheck, List.of(), List.of()).station())
                .isEqualTo(LetterStation.FINAL);
    }

    @Test
    void aLetterChangedAfterItsCheckIsCheckedAgain() {
        ProblemException problem = refusal(() -> checked().approve(MANAGER, DEFAULTS, List.of("anna"), List.of()));
        assertThat(problem.getMessage()).contains("na de controle veranderde anna de brief");
    }

    @Test
    void sentBackWithAComment() {
        assertThat(checked().sendBack(CHECKER, "Punt 3 mist de reden").station())
                .isEqualTo(LetterStation.DRAFT);
        ProblemException noComment = refusal(() -> checked().sendBack(CHECKER, "  "));
        assertThat(noComment.fieldProblems().get(0).field()).isEqualTo("comment");
        assertThat(refusal(() -> approved().sendBack(CHECKER, "te laat"))
                        .status()
                        .getCode())
                .isEqualTo(409);
    }

    @Test
    void aCollegeDecisionHasANumberAMandateDecisionNeedNot() {
        ProblemException problem = refusal(() -> approved().decide(CHECKER, DecisionKind.COLLEGE, " ", DECIDED));
        assertThat(problem.fieldProblems().get(0).field()).isEqualTo("number");
        assertThat(approved()
                        .decide(CHECKER, DecisionKind.MANDATE, null, DECIDED)
                        .station())
                .isEqualTo(LetterStation.DECIDED);
    }

    @Test
    void aDecisionFollowsAFinalLetter() {
        ProblemException problem = refusal(() -> checked().decide(CHECKER, DecisionKind.MANDATE, null, DECIDED));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage()).contains("De brief kan niet naar 'besloten'");
    }

    @Test
    void notSentBeforeTheCollegeDecidedWhereTheOrganisationAsksForIt() {
        ProblemException problem = refusal(() -> approved().send(WRITER, DECIDED, SendingMeans.POST, DEFAULTS));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage()).contains("eerst wordt het besluit van het college");
        WorkflowSettings noDecision = new WorkflowSettings(true, Role.MANAGER, false, true, 1, Role.STAFF);
        assertThat(approved()
                        .send(WRITER, DECIDED, SendingMeans.POST, noDecision)
                        .station())
                .isEqualTo(LetterStation.SENT);
    }

    @Test
    void aDraftOrCheckedLetterIsNeverSent() {
        assertThat(refusal(() -> draft().send(WRITER, DECIDED, SendingMeans.POST, DEFAULTS))
                        .getMessage())
                .contains("alleen een definitieve brief kan worden verzonden");
        assertThat(refusal(() -> checked().send(WRITER, DECIDED, SendingMeans.POST, DEFAULTS))
                        .getMessage())
                .contains("alleen een definitieve brief kan worden verzonden");
    }

    @Test
    void sentOnceOnADayNotBeforeTheDecisionAndByAKnownMeans() {
        LetterRoute sent = decided().send(WRITER, DECIDED, SendingMeans.DOCUMENT_SYSTEM, DEFAULTS);
        assertThat(refusal(() -> sent.send(WRITER, DECIDED, SendingMeans.POST, DEFAULTS))
                        .getMessage())
                .contains("de brief is al verzonden");
        assertThat(refusal(() -> decided().send(WRITER, DECIDED.minusDays(1), SendingMeans.POST, DEFAULTS))
                        .fieldProblems()
                        .get(0)
                        .field())
                .isEqualTo("sentOn");
        assertThat(refusal(() -> decided().send(WRITER, DECIDED, SendingMeans.NOT_RECORDED, DEFAULTS))
                        .fieldProblems()
                        .get(0)
                        .field())
                .isEqualTo("means");
    }

    @Test
    void aCheckedLetterIsNotCheckedAgainAndAFinalOneNotApprovedAgain() {
        assertThat(refusal(() -> checked().check(CHECKER, DEFAULTS, List.of(), List.of()))
                        .status()
                        .getCode())
                .isEqualTo(409);
        assertThat(refusal(() -> approved().approve(MANAGER, DEFAULTS, List.of(), List.of()))
                        .getMessage())
                .contains("de brief is al definitief");
    }

    @Test
    void aLetterFromTheArchiveIsRecordedAsSentStraightFromDraftOnAPastDay() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        LetterRoute sent = draft().recordedFromArchive(WRITER, LocalDate.of(2007, 5, 4), today);
        assertThat(sent.station()).isEqualTo(LetterStation.SENT);
        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2007, 5, 4));
        assertThat(sent.sentMeans()).isEqualTo(SendingMeans.ARCHIVE);
        assertThat(sent.decisionKind()).isNull();
    }

    @Test
    void onlyStaffRecordAnArchiveLetterOnlyOnceOnlyFromDraftAndNotInTheFuture() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(refusal(() -> draft().recordedFromArchive(MEMBER, today, today))
                        .status()
                        .getCode())
                .isEqualTo(403);
        assertThat(refusal(() -> checked().recordedFromArchive(WRITER, today, today))
                        .getMessage())
                .contains("alleen een brief die in de tool nog niet verder is gezet");
        LetterRoute archived = draft().recordedFromArchive(WRITER, today, today);
        assertThat(refusal(() -> archived.recordedFromArchive(WRITER, today, today))
                        .status()
                        .getCode())
                .isEqualTo(409);
        assertThat(refusal(() -> draft().recordedFromArchive(WRITER, today.plusDays(1), today))
                        .fieldProblems()
                        .get(0)
                        .field())
                .isEqualTo("sentOn");
        assertThat(refusal(() -> decided().send(WRITER, DECIDED, SendingMeans.ARCHIVE, DEFAULTS))
                        .fieldProblems()
                        .get(0)
                        .field())
                .isEqualTo("means");
    }
}
