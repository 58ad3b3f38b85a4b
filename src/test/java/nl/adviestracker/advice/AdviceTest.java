package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** Once the letter is final (the advice is answered) nothing it answers changes. */
class AdviceTest {

    private static Advice in(AdviceStatus status) {
        return new Advice(
                1L,
                1L,
                null,
                "Armoede",
                AdviceKind.SOLICITED,
                LocalDate.of(2024, 2, 2),
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2024, 3, 15),
                status,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null);
    }

    @Test
    void anAnsweredAdviceRefusesChangesWithOneReason() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceStatus.ANSWERED).requireLetterNotFinal());
        assertThat(problem.status().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(problem.getMessage()).contains(Advice.LETTER_IS_FINAL);
    }

    @Test
    void aReceivedAdviceMayStillChange() {
        assertThatCode(() -> in(AdviceStatus.RECEIVED).requireLetterNotFinal()).doesNotThrowAnyException();
    }
}
