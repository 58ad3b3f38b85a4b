package nl.adviestracker.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

@Factory
class ClockFactory {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** All dates users see are Dutch dates; tests replace this bean with a fixed clock. */
    @Singleton
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
