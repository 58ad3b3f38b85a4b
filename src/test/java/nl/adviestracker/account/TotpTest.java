package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's own test vectors (appendix B, SHA-1), and the rules on top: window and replay. */
class TotpTest {

    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theRfcTestVectors(long unixTime, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(RFC_KEY, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void base32RoundTripsAndMatchesTheRfcKey() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(RFC_KEY);
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32);
        assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
    }

    @Test
    void theCodeOfNowOrOneStepAsideIsAcceptedOnceAndNeverAgain() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-02T07:00:10Z");
        String code = Totp.codeAt(secret, now);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, code, now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(secret, code, now.plusSeconds(30), 0))
                .as("a step later")
                .hasValue(step);
        assertThat(Totp.matchingStep(secret, code, now.plusSeconds(90), 0))
                .as("three steps later")
                .isEmpty();
        assertThat(Totp.matchingStep(secret, code, now, step)).as("replayed").isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).as("too short").isEmpty();
        assertThat(Totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now, 0))
                .as("as apps show it")
                .hasValue(step);
    }

    @Test
    void theLinkForTheAppNamesTheServiceAndTheAccount() {
        assertThat(Totp.uri("ABC", "j.devries", "Adviestracker"))
                .isEqualTo("otpauth://totp/Adviestracker:j.devries?secret=ABC&issuer=Adviestracker"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
