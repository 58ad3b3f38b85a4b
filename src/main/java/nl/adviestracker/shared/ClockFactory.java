package nl.adviestracker.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

@Factory
class ClockFactory {

    /** All dates users see are Dutch dates; tests replace this bean with a fixed clock. */
    @Singleton
    Clock clock() {
        return Clock.system(DutchDates.ZONE);
    }
}
