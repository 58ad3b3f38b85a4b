package nl.adviestracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** A follow-up changes status only through {@link FollowUp#moveTo}, which guards every move. */
class FollowUpTest {

    private static FollowUp in(FollowUpStatus status) {
        return new FollowUp(7L, 1L, 1L, "Doen", "DMO", null, status, 0, null, null);
    }

    private static FieldProblem refused(Runnable move) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, move::run);
        assertThat(problem.status().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(problem.fieldProblems()).hasSize(1);
        return problem.fieldProblems().get(0);
    }

    @Test
    void doneNeedsEvidence() {
        FieldProblem problem = refused(() -> in(FollowUpStatus.OPEN).moveTo(FollowUpStatus.DONE, null, false));
        assertThat(problem.field()).isEqualTo("evidence");
        assertThat(problem.message()).contains("is verplicht om af te ronden");
        assertThat(in(FollowUpStatus.OPEN)
                        .moveTo(FollowUpStatus.DONE, null, true)
                        .status())
                .isEqualTo(FollowUpStatus.DONE);
    }

    @Test
    void droppingNeedsAReason() {
        FieldProblem problem = refused(() -> in(FollowUpStatus.IN_PROGRESS).moveTo(FollowUpStatus.DROPPED, " ", false));
        assertThat(problem.field()).isEqualTo("reason");
        assertThat(problem.message()).contains("vervalt");
        assertThat(in(FollowUpStatus.IN_PROGRESS)
                        .moveTo(FollowUpStatus.DROPPED, "Beleid gewijzigd", false)
                        .status())
                .isEqualTo(FollowUpStatus.DROPPED);
    }

    @Test
    void reopeningNeedsAReason() {
        FieldProblem problem = refused(() -> in(FollowUpStatus.IN_PROGRESS).moveTo(FollowUpStatus.OPEN, null, false));
        assertThat(problem.field()).isEqualTo("reason");
        assertThat(problem.message()).contains("weer open");
    }

    @Test
    void doneAndDroppedAreFinal() {
        for (FollowUpStatus closed : new FollowUpStatus[] {FollowUpStatus.DONE, FollowUpStatus.DROPPED}) {
            FieldProblem problem = refused(() -> in(closed).moveTo(FollowUpStatus.OPEN, "Toch nog", true));
            assertThat(problem.field()).isEqualTo("to");
            assertThat(problem.message()).contains("definitief");
        }
    }

    @Test
    void aMoveToTheSameStatusIsNoMove() {
        FieldProblem problem = refused(() -> in(FollowUpStatus.OPEN).moveTo(FollowUpStatus.OPEN, "x", true));
        assertThat(problem.field()).isEqualTo("to");
    }

    private static FollowUp due(java.time.LocalDate dueOn) {
        return new FollowUp(7L, 1L, 1L, "Doen", "DMO", dueOn, FollowUpStatus.OPEN, 0, null, null);
    }

    @Test
    void theFirstDueDateNeedsNoReason() {
        java.time.LocalDate first = java.time.LocalDate.of(2026, 3, 1);
        assertThat(in(FollowUpStatus.OPEN).movesDueOnTo(first)).isFalse();
        assertThat(in(FollowUpStatus.OPEN).withDueOn(first, null).dueOn()).isEqualTo(first);
    }

    @Test
    void movingADueDateNeedsAReasonNamingBothDates() {
        FollowUp dated = due(java.time.LocalDate.of(2026, 3, 1));
        java.time.LocalDate later = java.time.LocalDate.of(2026, 6, 1);
        assertThat(dated.movesDueOnTo(later)).isTrue();
        FieldProblem problem = refused(() -> dated.withDueOn(later, "  "));
        assertThat(problem.field()).isEqualTo("dueOnReason");
        assertThat(problem.message())
                .isEqualTo("is verplicht: zeg waarom de datum verschuift van 1 maart 2026 naar 1 juni 2026");
        assertThat(dated.withDueOn(later, "De aanbesteding liep uit").dueOn()).isEqualTo(later);
        assertThat(refused(() -> dated.withDueOn(java.time.LocalDate.of(2026, 2, 1), null))
                        .field())
                .as("earlier is a move too")
                .isEqualTo("dueOnReason");
    }

    @Test
    void lettingADueDateGoNeedsAReasonToo() {
        FollowUp dated = due(java.time.LocalDate.of(2026, 3, 1));
        FieldProblem problem = refused(() -> dated.withDueOn(null, null));
        assertThat(problem.field()).isEqualTo("dueOnReason");
        assertThat(problem.message()).contains("geen datum meer", "1 maart 2026");
        assertThat(dated.withDueOn(null, "Hangt af van het rijk").dueOn()).isNull();
    }

    @Test
    void keepingTheSameDateIsNoMove() {
        java.time.LocalDate date = java.time.LocalDate.of(2026, 3, 1);
        assertThat(due(date).movesDueOnTo(date)).isFalse();
        assertThat(due(date).withDueOn(date, null).dueOn()).isEqualTo(date);
    }
}
