package nl.adviestracker.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** An advice request moves once: from open to answered (by an advice) or withdrawn; then it is settled. */
class AdviceRequestTest {

    static AdviceRequest in(AdviceRequestStatus status) {
        return new AdviceRequest(
                1L,
                1L,
                "Armoedebeleid",
                "Wat vindt u van het concept?",
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 14),
                null,
                null,
                null,
                status,
                status == AdviceRequestStatus.ANSWERED ? 7L : null,
                null,
                null,
                null,
                "beleid",
                0,
                null,
                null);
    }

    @Test
    void anOpenRequestIsAnsweredByAnAdvice() {
        AdviceRequest answered = in(AdviceRequestStatus.OPEN).answerWith(9L);
        assertThat(answered.status()).isEqualTo(AdviceRequestStatus.ANSWERED);
        assertThat(answered.adviceId()).isEqualTo(9L);
    }

    @Test
    void anOpenRequestIsWithdrawn() {
        assertThat(in(AdviceRequestStatus.OPEN).withdraw().status()).isEqualTo(AdviceRequestStatus.WITHDRAWN);
    }

    @Test
    void anAnsweredRequestIsNotAnsweredAgain() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceRequestStatus.ANSWERED).answerWith(9L));
        assertThat(problem.status().getCode()).isEqualTo(409);
        assertThat(problem.getMessage()).isEqualTo("Deze adviesaanvraag is beantwoord.");
    }

    @Test
    void aWithdrawnRequestIsNeitherAnsweredNorWithdrawnAgain() {
        AdviceRequest withdrawn = in(AdviceRequestStatus.WITHDRAWN);
        assertThat(catchThrowableOfType(ProblemException.class, () -> withdrawn.answerWith(9L))
                        .getMessage())
                .isEqualTo("Deze adviesaanvraag is ingetrokken.");
        assertThat(catchThrowableOfType(ProblemException.class, withdrawn::withdraw)
                        .getMessage())
                .isEqualTo(AdviceRequest.ONLY_OPEN_WITHDRAWN);
    }

    @Test
    void onlyAnOpenRequestChanges() {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class, () -> in(AdviceRequestStatus.ANSWERED).requireOpen());
        assertThat(problem.getMessage())
                .isEqualTo("Deze adviesaanvraag is beantwoord en kan niet meer worden gewijzigd.");
    }
}
