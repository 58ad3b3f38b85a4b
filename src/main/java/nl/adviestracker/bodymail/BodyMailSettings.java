package nl.adviestracker.bodymail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param lateAgainAfterWorkingDays the second "answer is late" mail goes this many working days after the due date
 * @param recentDays an advice received (or a letter sent) longer ago than this gets no mail any more: the service
 *     does not mail the bodies about advices from before it mailed them
 */
@ConfigurationProperties("adviestracker.body-mail")
public record BodyMailSettings(
        @Bindable(defaultValue = "10") int lateAgainAfterWorkingDays,
        @Bindable(defaultValue = "14") int recentDays) {}
