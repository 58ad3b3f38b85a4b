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
                null,
                status == AdviceStatus.ANSWERED ? java.time.Instant.parse("2024-03-12T10:00:00Z") : null);
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
    void aFinalLetterFreezesTheAnswersBeforeTheAdviceIsAnswered() {
        Advice finalLetter = in(AdviceStatus.RECEIVED).letterMadeFinal(java.time.Instant.parse("2024-03-12T10:00:00Z"));
        assertThat(finalLetter.status()).isEqualTo(AdviceStatus.RECEIVED);
        assertThat(finalLetter.letterIsFinal()).isTrue();
        ProblemException problem = catchThrowableOfType(ProblemException.class, finalLetter::requireLetterNotFinal);
        assertThat(problem.getMessage()).contains(Advice.LETTER_IS_FINAL);
        assertThat(finalLetter.answered().status()).isEqualTo(AdviceStatus.ANSWERED);
    }

    @Test
    void anAdviceIsNotAnsweredBeforeItsLetterIsFinal() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceStatus.RECEIVED).answered());
        assertThat(problem.status().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(problem.getMessage()).contains("pas beantwoord als de brief definitief is en verzonden");
    }

    @Test
    void aLetterIsMadeFinalOnce() {
        Advice finalLetter = in(AdviceStatus.RECEIVED).letterMadeFinal(java.time.Instant.parse("2024-03-12T10:00:00Z"));
        assertThat(catchThrowableOfType(
                        ProblemException.class,
                        () -> finalLetter.letterMadeFinal(java.time.Instant.parse("2024-03-13T10:00:00Z"))))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        ProblemException.class,
                        () -> in(AdviceStatus.DRAFT).letterMadeFinal(java.time.Instant.parse("2024-03-13T10:00:00Z"))))
                .isNotNull();
    }
}
