package nl.adviestracker.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import org.junit.jupiter.api.Test;

/** Awb 3:50: a stance that departs from the advice is not saved without its reason, whatever the path. */
class ResponseTest {

    static final String NOT_ADOPTED_WITHOUT_REASON =
            "is verplicht bij het standpunt 'niet overgenomen': wie afwijkt van het advies, geeft de redenen (Awb 3:50)";

    @Test
    void aDepartureWithoutAReasonIsRefusedOnTheReasonField() {
        for (String reason : new String[] {null, "", "  \n "}) {
            ProblemException problem = catchThrowableOfType(
                    ProblemException.class, () -> Response.requireReason(Stance.NOT_ADOPTED, reason));
            assertThat(problem.status().getCode()).isEqualTo(400);
            assertThat(problem.fieldProblems()).containsExactly(new FieldProblem("reason", NOT_ADOPTED_WITHOUT_REASON));
        }
    }

    @Test
    void everyStanceButAdoptedNeedsAReason() {
        for (Stance stance : Stance.values()) {
            boolean refused = Response.reasonMissing(stance, null);
            assertThat(refused).as(stance.name()).isEqualTo(stance != Stance.ADOPTED);
        }
    }

    @Test
    void anAdoptionOrADepartureWithItsReasonIsSaved() {
        assertThatCode(() -> Response.requireReason(Stance.ADOPTED, null)).doesNotThrowAnyException();
        assertThatCode(() -> Response.requireReason(Stance.NOT_ADOPTED, "Het budget is al verdeeld."))
                .doesNotThrowAnyException();
    }
}
