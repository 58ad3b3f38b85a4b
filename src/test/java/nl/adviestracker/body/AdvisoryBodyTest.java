package nl.adviestracker.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import org.junit.jupiter.api.Test;

class AdvisoryBodyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    final AdvisoryBody open =
            new AdvisoryBody(1L, "Wmo-adviesraad", "WMO", null, null, null, 6, ResponseTermUnit.WEEKS, null, 0);

    @Test
    void anOpenBodyTakesNewAdvice() {
        open.requireOpen("bodyId");
        assertThat(open.dissolved()).isFalse();
    }

    @Test
    void aDissolvedBodyKeepsItsDateAndRefusesNewAdviceNamingTheField() {
        AdvisoryBody dissolved = open.dissolve(TODAY);

        assertThat(dissolved.dissolvedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> dissolved.requireOpen("bodyId"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(ProblemStatus.BAD_REQUEST);
                    assertThat(problem.fieldProblems())
                            .containsExactly(new FieldProblem("bodyId", "adviesorgaan Wmo-adviesraad is opgeheven"));
                });
    }

    @Test
    void aBodyIsDissolvedOnceAndReopenedOnlyWhenDissolved() {
        AdvisoryBody dissolved = open.dissolve(TODAY);

        assertThatThrownBy(() -> dissolved.dissolve(TODAY.plusDays(1)))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(ProblemStatus.CONFLICT));
        assertThatThrownBy(open::reopen)
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(ProblemStatus.CONFLICT));
        assertThat(dissolved.reopen().dissolved()).isFalse();
    }
}
