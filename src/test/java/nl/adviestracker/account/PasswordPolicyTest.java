package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords people choose: long enough, not common, not the obvious words; no composition rules. */
class PasswordPolicyTest {

    @Test
    void aLongPassphraseWithoutCapitalsDigitsOrSymbolsIsFine() {
        assertThat(PasswordPolicy.problem("fietsen langs de hunze", "j.devries"))
                .isEmpty();
        assertThat(PasswordPolicy.problem("Zeven kleine wolkjes!", null)).isEmpty();
    }

    @Test
    void shorterThanTwelveCharactersIsRefusedWhateverItContains() {
        assertThat(PasswordPolicy.problem("X7#kq!pLm2z", null))
                .hasValueSatisfying(m -> assertThat(m).contains("minstens 12 tekens"));
        assertThat(PasswordPolicy.problem("X7#kq!pLm2zA", null)).isEmpty();
    }

    @Test
    void charactersNotBytesCountTowardsTheMinimumButBcryptsLimitIsInBytes() {
        assertThat(PasswordPolicy.problem("ééééééééééé", null))
                .as("11 characters")
                .isPresent();
        assertThat(PasswordPolicy.problem("é".repeat(37), null))
                .as("74 bytes")
                .hasValueSatisfying(m -> assertThat(m).contains("72 bytes"));
    }

    @Test
    void theListOfCommonAndBreachedPasswordsIsShippedAndChecked() {
        assertThat(PasswordPolicy.listSize()).isGreaterThan(29_000);
        assertThat(PasswordPolicy.problem("qwerty123456", null))
                .hasValueSatisfying(m -> assertThat(m).contains("veelgebruikte of uitgelekte"));
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", null)).isPresent();
        assertThat(PasswordPolicy.problem("Password2024!", null))
                .as("a common word with a year")
                .isPresent();
        assertThat(PasswordPolicy.problem("!!dragon123456", null)).isPresent();
    }

    @Test
    void theServicesOwnWordsAndTheUsernameAreRefused() {
        assertThat(PasswordPolicy.problem("Wachtwoord2025", null)).isPresent();
        assertThat(PasswordPolicy.problem("adviestracker1", null)).isPresent();
        assertThat(PasswordPolicy.problem("jdevriesjdevries1", "jdevriesjdevries"))
                .hasValueSatisfying(m -> assertThat(m).contains("gebruikersnaam"));
    }

    @Test
    void oneCharacterOrPieceRepeatedIsRefused() {
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", null)).isPresent();
        assertThat(PasswordPolicy.problem("xyzxyzxyzxyz", null)).isPresent();
    }
}
