package nl.adviestracker.letter;

import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Makes a letter final for tests that need an answered advice as their starting point, without walking the
 * letter's route (that route is {@code LetterRoutesIT}'s). The same move the route's approval makes.
 */
@Singleton
public class FinalLetters {

    private final Letters letters;

    FinalLetters(Letters letters) {
        this.letters = letters;
    }

    public LetterVersion make(long adviceId, String ourReference, LocalDate date) {
        return letters.finalizeLetter(adviceId, ourReference, date);
    }
}
