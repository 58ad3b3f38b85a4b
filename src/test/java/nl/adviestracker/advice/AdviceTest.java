package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * An advice moves draft → received → answered, each move once; once the letter is final (the advice is
 * answered) nothing it answers changes.
 */
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

    @Test
    void aDraftWithPointsIsSubmitted() {
        assertThat(in(AdviceStatus.DRAFT).submit(3).status()).isEqualTo(AdviceStatus.RECEIVED);
    }

    @Test
    void aSubmittedAdviceCannotBeSubmittedAgain() {
        for (AdviceStatus status : new AdviceStatus[] {AdviceStatus.RECEIVED, AdviceStatus.ANSWERED}) {
            ProblemException problem = catchThrowableOfType(
                    ProblemException.class, () -> in(status).submit(3));
            assertThat(problem.status().getCode()).isEqualTo(409);
            assertThat(problem.getMessage()).isEqualTo(Advice.ALREADY_SUBMITTED);
        }
    }

    @Test
    void aDraftWithoutPointsCannotBeSubmitted() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceStatus.DRAFT).submit(0));
        assertThat(problem.status().getCode()).isEqualTo(400);
        assertThat(problem.fieldProblems()).extracting("field").containsExactly("points");
    }

    @Test
    void onlyAReceivedAdviceIsAnswered() {
        assertThat(in(AdviceStatus.RECEIVED).answer().status()).isEqualTo(AdviceStatus.ANSWERED);
        ProblemException draft = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceStatus.DRAFT).answer());
        assertThat(draft.status().getCode()).isEqualTo(409);
        assertThat(draft.getMessage())
                .isEqualTo("Alleen een ontvangen advies kan worden beantwoord; dit advies is concept.");
        ProblemException twice = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceStatus.ANSWERED).answer());
        assertThat(twice.getMessage()).endsWith("dit advies is beantwoord.");
    }
}
