package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final RestartBackoff backoff = new RestartBackoff(Duration.ofMillis(250), Duration.ofSeconds(2), 6);

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertThat(backoff.before(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.before(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.before(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.before(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.before(6)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void thereAreNoMoreAttemptsThanItAllows() {
        assertThatThrownBy(() -> backoff.before(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.before(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultGivesUpWithinAMinuteOfWaiting() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt <= RestartBackoff.DEFAULT.attempts(); attempt++) {
            total = total.plus(RestartBackoff.DEFAULT.before(attempt));
        }
        assertThat(total).isLessThan(Duration.ofMinutes(1));
    }
}
