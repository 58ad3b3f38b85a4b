package nl.adviestracker.letter;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;

/**
 * For fixtures of other features that need an answered advice: the letter made final and the advice
 * answered, without walking the route's stations (those are {@code LetterRouteIT}'s).
 */
@Singleton
public class LetterFixtures {

    private final Letters letters;
    private final AdviceRegister advices;

    LetterFixtures(Letters letters, AdviceRegister advices) {
        this.letters = letters;
        this.advices = advices;
    }

    /** The letter final with {@code ourReference} and {@code date}, then sent: the advice answered. */
    public Advice answered(long adviceId, String ourReference, LocalDate date) {
        letters.finalizeLetter(adviceId, ourReference, date);
        return advices.markAnswered(adviceId);
    }
}
