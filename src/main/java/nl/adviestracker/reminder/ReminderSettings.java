package nl.adviestracker.reminder;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param daysAhead remind of answers, follow-ups and requests due within this many days
 * @param scheduled run the daily and weekly jobs on their schedule (tests switch this off and call them)
 * @param baseUrl the service's address as users reach it, for links in the mails; none leaves links out
 */
@ConfigurationProperties("adviestracker.reminders")
public record ReminderSettings(
        @Bindable(defaultValue = "7") int daysAhead,
        @Bindable(defaultValue = "true") boolean scheduled,
        @Nullable String baseUrl) {}
