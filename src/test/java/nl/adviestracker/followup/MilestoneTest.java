package nl.adviestracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    final Milestone planned =
            new Milestone(1L, 7L, "Wijkteam Noord gestart", LocalDate.of(2026, 11, 1), null, "beleid", null, 0);

    @Test
    void aMilestoneIsReachedOnTheDayItWasEvenAfterItsPlannedDate() {
        Milestone reached = planned.reach(TODAY, TODAY);

        assertThat(reached.reached()).isTrue();
        assertThat(reached.reachedOn()).isEqualTo(TODAY);
        assertThat(reached.plannedOn()).isEqualTo(planned.plannedOn());
    }

    @Test
    void aMilestoneCannotBeReachedTomorrow() {
        assertThatThrownBy(() -> planned.reach(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.fieldProblems().get(0).field())
                                .isEqualTo("reachedOn"));
    }

    @Test
    void aMilestoneIsReachedOnce() {
        Milestone reached = planned.reach(TODAY.minusDays(3), TODAY);

        assertThatThrownBy(() -> reached.reach(TODAY, TODAY))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(ProblemStatus.CONFLICT));
    }
}
